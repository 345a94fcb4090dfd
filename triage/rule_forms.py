"""Forms for routing rules and settings: they validate; triage.rule_services saves."""

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from hospital.models import Department

from .models import RoutingConcept, RoutingRule, RoutingSettings
from .routing.cache import concept_spec
from .routing.concepts import Concept
from .routing.defaults import CONCEPT_CONTENT, RULE_CONTENT
from .routing.engine import PatternError, compile_patterns
from .routing.text import CLAUSE, normalise_phrase

if TYPE_CHECKING:
    from django.utils.functional import _StrPromise

PHRASE_FIELDS = ("phrases", "requires", "unless")


def active_lexicon() -> dict[str, Concept]:
    """Return the active concepts a phrase may name as @name."""
    return {c.name: concept_spec(c) for c in RoutingConcept.objects.active()}


def check_phrases(value: str, lexicon: dict[str, Concept] | None = None) -> str:
    """Return the phrases one per line, or raise ValidationError naming each invalid line."""
    lines = [line.strip() for line in (value or "").splitlines() if line.strip()]
    errors = []
    if lexicon is None and any("@" in line for line in lines):
        lexicon = active_lexicon()
    for number, line in enumerate(lines, start=1):
        try:
            compile_patterns(line, lexicon or {})
        except PatternError as error:
            errors.append(
                ValidationError(
                    _("Line %(number)s: %(error)s"),
                    code="invalid_phrase",
                    params={"number": number, "error": error},
                )
            )
    if errors:
        raise ValidationError(errors)
    return "\n".join(dict.fromkeys(lines))


class _DepartmentByCode(forms.ModelChoiceField):
    """A department given by its code, as rule files and the admin name it; optional."""

    def __init__(self, *, label: "str | _StrPromise") -> None:
        super().__init__(
            label=label,
            queryset=Department.objects.all(),
            to_field_name="code",
            required=False,
            error_messages={
                "invalid_choice": _("Unknown department: choose one from the directory.")
            },
        )


class RoutingRuleForm(forms.ModelForm):
    """A routing rule as the admin (or a rule file) gives it; departments by code."""

    department = _DepartmentByCode(label=_("department"))
    child_department = _DepartmentByCode(label=_("department for children"))

    class Meta:
        model = RoutingRule
        # The name and what a release ships under it (RULE_CONTENT: the same order).
        fields = ["name", *RULE_CONTENT]
        error_messages = {
            "name": {"unique": _("A rule with this name exists already: choose another name.")},
        }

    def __init__(self, *args: Any, lexicon: dict[str, Concept] | None = None, **kwargs: Any):
        """`lexicon`: the active concepts, when the caller read them already (a rule file's
        loader, for every entry); otherwise they are read once, for the first field naming one."""
        super().__init__(*args, **kwargs)
        self.lexicon = lexicon

    def _phrases(self, field: str) -> str:
        value = self.cleaned_data.get(field, "")
        if self.lexicon is None and "@" in (value or ""):
            self.lexicon = active_lexicon()
        return check_phrases(value, self.lexicon)

    def clean_phrases(self) -> str:
        phrases = self._phrases("phrases")
        if not phrases:
            raise ValidationError(_("Give at least one phrase."), code="required")
        return phrases

    def clean_requires(self) -> str:
        return self._phrases("requires")

    def clean_unless(self) -> str:
        return self._phrases("unless")

    def clean_min_temperature(self) -> Decimal | None:
        value = self.cleaned_data.get("min_temperature")
        if value is not None and not (Decimal("30") <= value <= Decimal("45")):
            raise ValidationError(
                _("The temperature must be between 30 and 45 °C."), code="temperature_range"
            )
        return value

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        kind = data.get("kind")
        department = data.get("department")
        if (
            kind
            and kind != RoutingRule.Kind.CHILD
            and department is None
            and ("department" not in self.errors)
        ):
            self.add_error(
                "department",
                ValidationError(
                    _("Choose the department this rule sends visitors to."), code="required"
                ),
            )
        if kind == RoutingRule.Kind.RED_FLAG and data.get("urgency") not in ("I", "II"):
            self.add_error(
                "urgency",
                ValidationError(
                    _("A red flag goes to emergency with urgency I or II."), code="red_flag"
                ),
            )
        # A required word that is one of the rule's own phrases asks for nothing more: said
        # alone it both fires the rule and meets its requirement. Such a phrase belongs in a rule
        # of its own without requirements.
        own = set((data.get("phrases") or "").splitlines())
        both = [word for word in (data.get("requires") or "").splitlines() if word in own]
        if both and "requires" not in self.errors:
            self.add_error(
                "requires",
                ValidationError(
                    _(
                        "“%(words)s” is also a phrase of this rule, so it requires nothing: "
                        "keep it as a phrase in a rule without requirements, or remove it here."
                    )
                    % {"words": "”, “".join(both)},
                    code="requires_own_phrase",
                ),
            )
        min_age, max_age = data.get("min_age"), data.get("max_age")
        if min_age is not None and max_age is not None and min_age > max_age:
            self.add_error(
                "max_age",
                ValidationError(_("“Up to age” cannot be below “from age”."), code="ages"),
            )
        return data


class RoutingConceptForm(forms.ModelForm):
    """A concept and its forms; every form must be words a complaint can hold."""

    class Meta:
        model = RoutingConcept
        fields = ["name", *CONCEPT_CONTENT]
        error_messages = {
            "name": {"unique": _("A concept with this name exists already: choose another.")},
        }

    def clean_forms(self) -> str:
        lines = [line.strip() for line in self.cleaned_data.get("forms", "").splitlines()]
        lines = list(dict.fromkeys(line for line in lines if line))
        if not lines:
            raise ValidationError(_("Give at least one form."), code="required")
        bad = [
            line for line in lines if not normalise_phrase(line) or CLAUSE in normalise_phrase(line)
        ]
        if bad:
            raise ValidationError(
                _("Write words without punctuation or *: %(forms)s."),
                code="invalid_form",
                params={"forms": "、".join(bad)},
            )
        return "\n".join(lines)


class RoutingSettingsForm(forms.ModelForm):
    class Meta:
        model = RoutingSettings
        fields = ["fever_threshold", "child_age_limit", "child_fever_department"]
        error_messages = {
            "fever_threshold": {
                "min_value": _("The temperature must be between 30 and 45 °C."),
                "max_value": _("The temperature must be between 30 and 45 °C."),
            },
        }


def rule_form_data(entry: dict[str, Any]) -> dict[str, Any]:
    """Return the form data of one entry of a rule file (lists become lines)."""
    data: dict[str, Any] = {
        "name": entry.get("name", ""),
        "name_zh_hant": entry.get("name_zh_hant", ""),
        "name_en": entry.get("name_en", ""),
        "kind": entry.get("kind", RoutingRule.Kind.DEPARTMENT),
        "department": entry.get("department") or "",
        "urgency": entry.get("urgency", "IV"),
        "weight": entry.get("weight", 10),
        "min_age": entry.get("min_age") if entry.get("min_age") is not None else "",
        "max_age": entry.get("max_age") if entry.get("max_age") is not None else "",
        "sex": entry.get("sex", ""),
        "min_temperature": entry.get("min_temperature") or "",
        "child_department": entry.get("child_department") or "",
        "is_active": entry.get("is_active", True),
        "note": entry.get("note", ""),
    }
    for field in PHRASE_FIELDS:
        value = entry.get(field, [])
        data[field] = "\n".join(value) if isinstance(value, list) else str(value)
    return data
