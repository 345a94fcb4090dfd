"""Submit a page's own form with Django's test client, as a browser would submit it.

A test that posts hand-written data proves the view; one that submits the form the page drew
proves the template and the view agree: every field the test fills or taps is on the page, and
what it leaves alone goes back as the page gave it (hidden tokens, versions, defaults).
"""

import re
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urljoin

from django.test import Client


class _Forms(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.forms: list[dict[str, Any]] = []
        self.labels: dict[str, str] = {}  # the text of each <label for=…>, by the id it names
        self._label: str | None = None
        self._form: dict[str, Any] | None = None
        self._text: list[str] | None = None  # the text of the open <textarea>, <option>, <button>
        self._element: dict[str, Any] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {name: value or "" for name, value in attrs}
        if tag == "label" and a.get("for"):
            self._label = a["for"]
            self.labels[self._label] = ""
        if tag == "form":
            self._form = {"attrs": a, "fields": [], "buttons": []}
            self.forms.append(self._form)
        elif self._form is None:
            return
        elif tag == "input":
            kind = a.get("type", "text").lower()
            if kind == "submit":
                self._form["buttons"].append({**a, "text": a.get("value", "")})
            elif kind not in ("button", "reset", "image", "file"):
                self._form["fields"].append({**a, "tag": "input", "type": kind})
        elif tag in ("textarea", "select", "button"):
            self._element = {**a, "tag": tag, "options": [], "text": ""}
            self._text = []
            if tag == "button":
                if a.get("type", "submit").lower() == "submit":
                    self._form["buttons"].append(self._element)
            else:
                self._form["fields"].append(self._element)
        elif tag == "option" and self._element is not None:
            self._element["options"].append({**a, "text": ""})

    def handle_data(self, data: str) -> None:
        if self._label is not None:
            self.labels[self._label] += data
        if self._text is not None:
            self._text.append(data)
        if self._element is not None and self._element["options"]:
            self._element["options"][-1]["text"] += data

    def handle_endtag(self, tag: str) -> None:
        if tag == "label":
            self._label = None
        if tag == "form":
            self._form = None
        elif tag in ("textarea", "select", "button") and self._element is not None:
            self._element["text"] = "".join(self._text or [])
            self._element = self._text = None


class PageForm:
    """The form of a page that holds a submit button with `button` in its text."""

    def __init__(
        self,
        html: str,
        button: str,
        url: str,
        *,
        having: dict[str, str] | None = None,
        field: str = "",
    ) -> None:
        parser = _Forms()
        parser.feed(html)
        found = [
            (form, b)
            for form in parser.forms
            for b in form["buttons"]
            if (
                b.get("id") == button[1:]
                if button.startswith("#")
                else button in " ".join(b["text"].split())
            )
        ]
        self.url = url
        self.labels = {key: " ".join(text.split()) for key, text in parser.labels.items()}
        for self.form, self.button in found:
            self.fields: list[dict[str, Any]] = self.form["fields"]
            self.values = self._drawn()
            names = {f.get("name") for f in self.fields}
            drawn = all(
                value in self.values.get(name, []) for name, value in (having or {}).items()
            )
            if drawn and (not field or field in names):
                break
        else:
            raise AssertionError(f"no form with a {button!r} button ({having or field}) on {url}")

    def _drawn(self) -> dict[str, list[str]]:
        """Return what the form sends as drawn: its fields' values, checked boxes, selections."""
        drawn: dict[str, list[str]] = {}
        for field in self.fields:
            name = field.get("name")
            if not name or "disabled" in field:
                continue
            values = drawn.setdefault(name, [])
            if field["tag"] == "textarea":
                values.append(field["text"].removeprefix("\n"))
            elif field["tag"] == "select":
                chosen = [o for o in field["options"] if "selected" in o] or field["options"][:1]
                values += [o.get("value", o["text"].strip()) for o in chosen]
            elif field["type"] in ("checkbox", "radio"):
                if "checked" in field:
                    values.append(field.get("value", "on"))
            else:
                values.append(field.get("value", ""))
        return drawn

    def names(self, kind: str) -> list[str]:
        """Return the names of the form's fields of `kind` (radio, text…), in page order."""
        return list(dict.fromkeys(f["name"] for f in self.fields if f.get("type") == kind))

    def _named(self, name: str) -> list[dict[str, Any]]:
        named = [f for f in self.fields if f.get("name") == name]
        assert named, f"no field {name!r} in the form on {self.url}"
        return named

    def fill(self, name: str, value: str) -> "PageForm":
        """Type into a text field, a textarea or a hidden field's place."""
        self._named(name)
        self.values[name] = [value]
        return self

    def choose(self, name: str, value: str) -> "PageForm":
        """Tap the radio button, checkbox or option of `name` whose value is `value`."""
        named = self._named(name)
        options = [o.get("value") for f in named for o in f.get("options", [])]
        choices = [f.get("value", "on") for f in named if f.get("type") in ("radio", "checkbox")]
        assert value in options + choices, f"{name}={value!r} is not offered on {self.url}"
        multiple = any(f.get("type") == "checkbox" or "multiple" in f for f in named)
        self.values[name] = [*self.values[name], value] if multiple else [value]
        return self

    def tap(self, label: str = "", *, element_id: str = "") -> "PageForm":
        """Tap the radio button or checkbox whose label reads `label` (or whose id is
        `element_id`), as a finger taps the label of a tap grid."""
        if not element_id:
            ids = [key for key, text in self.labels.items() if text == label]
            assert ids, f"no label {label!r} on {self.url}"
            element_id = ids[0]
        fields = [f for f in self.fields if f.get("id") == element_id]
        assert fields, f"no field #{element_id} in the form on {self.url}"
        return self.choose(fields[0]["name"], fields[0].get("value", "on"))

    def option_values(self, name: str) -> list[str]:
        """Return the values the radio buttons, checkboxes or options of `name` offer."""
        named = self._named(name)
        options = [o.get("value", "") for f in named for o in f.get("options", [])]
        return options + [
            f.get("value", "on") for f in named if f.get("type") in ("radio", "checkbox")
        ]

    def choose_label(self, name: str, label: str) -> "PageForm":
        """Pick the option of the select `name` whose text is `label`."""
        (select,) = self._named(name)
        values = [o.get("value") for o in select["options"] if o["text"].strip() == label]
        assert values, f"no option {label!r} for {name!r} on {self.url}"
        return self.choose(name, values[0])

    def submit(self, client: Client, **extra: Any) -> Any:
        """Send the form with its button, following redirects as a browser does."""
        data = {name: values for name, values in self.values.items() if values}
        if self.button.get("name"):
            data[self.button["name"]] = self.button.get("value", "")
        action = urljoin(self.url, self.form["attrs"].get("action") or self.url)
        if self.form["attrs"].get("method", "get").lower() == "post":
            return client.post(action, data, follow=True, **extra)
        return client.get(action, data, follow=True, **extra)


def page_form(
    response: Any, button: str, *, having: dict[str, str] | None = None, field: str = ""
) -> PageForm:
    """Return the first form of the page `response` drew that has a submit button with
    `button` in its text (or `#id`: that id) (and, given `having`, sends those values as drawn; given `field`,
    has a field of that name)."""
    path = response.wsgi_request.get_full_path()
    return PageForm(response.content.decode(), button, path, having=having, field=field)


class _Text(HTMLParser):
    """The text of the first element that `wanted(attributes)` picks, its descendants' too."""

    VOID = {"area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}

    def __init__(self, wanted: Any) -> None:
        super().__init__(convert_charrefs=True)
        self.wanted = wanted
        self.depth = 0  # inside the element when positive
        self.found = False
        self.text: list[str] = []
        self.links: list[str] = []
        self.attributes: dict[str, str] = {}  # the element's own

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.VOID:
            return
        if self.depth:
            self.depth += 1
            if tag == "a" and dict(attrs).get("href"):
                self.links.append(dict(attrs)["href"] or "")
        elif not self.found and self.wanted({name: value or "" for name, value in attrs}):
            self.found = True
            self.attributes = {name: value or "" for name, value in attrs}
            self.depth = 1
            if tag == "a" and dict(attrs).get("href"):
                self.links.append(dict(attrs)["href"] or "")

    def handle_endtag(self, tag: str) -> None:
        if self.depth and tag not in self.VOID:
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.text.append(data)


def _element(response: Any, element_id: str, css_class: str) -> _Text:
    def wanted(attributes: dict[str, str]) -> bool:
        if element_id:
            return attributes.get("id") == element_id
        return css_class in attributes.get("class", "").split()

    parser = _Text(wanted)
    parser.feed(response.content.decode())
    where = response.wsgi_request.get_full_path()
    assert parser.found, f"no {element_id or css_class} on {where}"
    return parser


def text_of(response: Any, element_id: str = "", *, css_class: str = "") -> str:
    """Return the text of the element with id `element_id` (or the first with the class
    `css_class`), spaces collapsed."""
    return " ".join("".join(_element(response, element_id, css_class).text).split())


def attribute_of(response: Any, element_id: str, name: str) -> str:
    """Return the attribute `name` of the element with id `element_id`."""
    attributes = _element(response, element_id, "").attributes
    assert name in attributes, f"#{element_id} has no {name}"
    return attributes[name]


def first_link_in(response: Any, element_id: str = "", *, css_class: str = "") -> str:
    """Return the address of the link with id `element_id` (or the first with the class
    `css_class`), or of the first link inside that element."""
    links = _element(response, element_id, css_class).links
    assert links, f"no link in {element_id or css_class}"
    return links[0]


def link_to(response: Any, text: str) -> str:
    """Return the address of the page's link that reads `text`, as a tap on it would follow."""
    html = response.content.decode()
    links = [
        href
        for href, inner in re.findall(r'<a\b[^>]*\bhref="([^"]+)"[^>]*>(.*?)</a>', html, re.DOTALL)
        if " ".join(re.sub(r"<[^>]+>", " ", inner).split()) == text
    ]
    assert links, f"no link {text!r} on {response.wsgi_request.get_full_path()}"
    return links[0]
