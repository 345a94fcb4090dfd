"""The tap grid: choices as large buttons a guide taps with a thumb, on every tablet form.

`TapChoices` works like a RadioSelect and `TapChoicesMultiple` like a CheckboxSelectMultiple,
both drawn by the one template `hospital/widgets/tap_choices.html`: each choice is a hidden
native input with a Bootstrap `btn-check` label at least 44 px high, so the form still posts
without JavaScript and a screen reader still hears a radio group.

They derive from ChoiceWidget rather than RadioSelect on purpose: crispy-forms draws any
RadioSelect with its own form-check list, and would never reach this template.

`DayInput` and `MomentInput` are the browser's own date and date-and-time pickers.
"""

from typing import Any

from django.forms.widgets import ChoiceWidget, DateInput, DateTimeInput

DEFAULT_BUTTON_CLASS = "btn btn-outline-primary btn-lg"


class TapChoices(ChoiceWidget):
    """One choice out of a few, as a grid of buttons (a radio group)."""

    input_type = "radio"
    template_name = "hospital/widgets/tap_choices.html"
    option_template_name = template_name  # unused: the grid template draws its own options
    use_fieldset = True

    def __init__(
        self,
        attrs: dict[str, Any] | None = None,
        choices: Any = (),
        *,
        id_prefix: str | None = None,
        button_class: str = DEFAULT_BUTTON_CLASS,
    ) -> None:
        """`id_prefix` gives the inputs the ids `<prefix>-<value>` instead of `id_<name>_<n>`."""
        super().__init__(attrs, choices)
        self.id_prefix = id_prefix
        self.button_class = button_class

    def get_context(self, name: str, value: Any, attrs: dict[str, Any] | None) -> dict[str, Any]:
        context = super().get_context(name, value, attrs)
        widget = context["widget"]
        widget["type"] = self.input_type
        widget["button_class"] = self.button_class
        widget["invalid"] = "is-invalid" in str(widget["attrs"].get("class", ""))
        return context

    def create_option(
        self,
        name: str,
        value: Any,
        label: Any,
        selected: bool,
        index: int,
        subindex: int | None = None,
        attrs: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        # Layout classes (crispy's form-control) belong to the grid, never to a hidden input.
        option["attrs"].pop("class", None)
        if self.id_prefix and "id" in option["attrs"]:
            option["attrs"]["id"] = f"{self.id_prefix}-{option['value']}"
        return option

    def id_for_label(self, id_: str, index: str | None = None) -> str:
        # Like RadioSelect: the legend names the group; a label for the first button would
        # make a tap on the legend choose it.
        if index is None:
            return ""
        return super().id_for_label(id_, index)


class TapChoicesMultiple(TapChoices):
    """Any number of choices, as a grid of toggle buttons (checkboxes)."""

    allow_multiple_selected = True
    input_type = "checkbox"

    def use_required_attribute(self, initial: Any) -> bool:
        # The browser would demand every box ticked: "at least one" is the form's to check.
        return False

    def value_omitted_from_data(self, data: Any, files: Any, name: str) -> bool:
        # An unticked grid posts nothing, which means "none", not "not on the form".
        return False


class DayInput(DateInput):
    """A day picked with the browser's date input, which reads and sends it as 2026-03-01."""

    input_type = "date"

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        # The ISO form, whatever the language: the browser shows it in the reader's own.
        super().__init__(attrs, format="%Y-%m-%d")


class MomentInput(DateTimeInput):
    """A local date and time to the minute, picked with the browser's datetime-local input."""

    input_type = "datetime-local"

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        super().__init__(attrs, format="%Y-%m-%dT%H:%M")
