"""Imports point down the layers only, by name too.

Every module of our apps is parsed (not imported) and every template of an app's folder is read;
a reference to a higher app fails the test with the file, the line and what it named:
- an `import` or `from … import` of a higher app's module (at any depth, inside functions too);
- a string naming a higher app: a URL name (`"complaints:list"`), a dotted path or lazy model
  reference (`"complaints.Complaint"`, `"overview.views.home"`), a template path
  (`"overview/board.html"`);
- in templates, `{% url '<app>:…' %}`, `{% include %}` and `{% extends %}` of a higher app;
- anywhere, the ways of reaching up without naming it: `apps.get_model`, `import_module`,
  `import_string`, `__import__` and `_meta.get_fields()`.

The order is DESIGN.md's, lowest first. `complaints` stands beside the chain: it uses hospital,
alerts and reception only, and only the apps above it (selfservice, overview, demo) may use it.
`config` is the wiring: its settings and URLconf name the apps; no other module of config names
one, and no app imports config. The site's own templates (base.html, the header, error pages,
registration, admin overrides) are the site's chrome and belong to no app.
"""

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Lowest first, read like the diagram in DESIGN.md.
ORDER = (  # noqa: SIM905 - one line per floor reads better than a column of quoted names
    "hospital alerts reception triage hall doctors handover aftercare complaints selfservice "
    "overview demo"
).split()
SIDE_BRANCH = {"complaints": {"hospital", "alerts", "reception"}}
WIRING = {"config/settings.py", "config/urls.py"}


def allowed(app: str) -> set[str]:
    """Return the apps that `app` may name: itself and the ones below it."""
    if app in SIDE_BRANCH:
        return SIDE_BRANCH[app] | {app}
    below = set(ORDER[: ORDER.index(app) + 1])
    # Only the apps above complaints in the order may use it (the chain runs past it).
    return below if ORDER.index(app) > ORDER.index("complaints") else below - {"complaints"}


def forbidden(app: str) -> set[str]:
    """Return our package names that `app` must not name (config included)."""
    return (set(ORDER) | {"config"}) - allowed(app)


# A name at the start of a string: a URL name, a dotted path, a lazy model reference or a
# template path.
_NAMED = re.compile(r"^(?P<app>[a-z_]+)(?P<sep>[:./])[A-Za-z_]")
_REACH_UP_CALLS = {"get_model", "import_module", "import_string", "__import__"}


def _module_files(app: str) -> Iterator[Path]:
    for path in sorted((ROOT / app).rglob("*.py")):
        if "migrations" not in path.relative_to(ROOT).parts:
            yield path


def _where(path: Path) -> str:
    return path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else path.name


def _named_app(value: str) -> str | None:
    match = _NAMED.match(value)
    return match["app"] if match else None


def _parse(source: str, where: str) -> ast.Module:
    # CPython before 3.11.8 sometimes raises "AST constructor recursion depth mismatch" for a
    # sound file (gh-106905, fixed there); the same parse again succeeds.
    for _ in range(2):
        try:
            return ast.parse(source, filename=where)
        except SystemError:
            continue
    return ast.parse(source, filename=where)


def python_violations(path: Path, banned: set[str]) -> list[str]:
    """Return `file:line what` for every reference in `path` to a banned package or a reach-up."""
    where = _where(path)
    tree = _parse(path.read_text(encoding="utf-8"), where)
    found: list[str] = []
    for node in ast.walk(tree):
        named: list[str] = []
        if isinstance(node, ast.Import):
            named = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            named = [node.module]
        for module in named:
            if module.split(".")[0] in banned:
                found.append(f"{where}:{node.lineno} imports {module}")
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            app = _named_app(node.value)
            if app in banned:
                found.append(f"{where}:{node.lineno} names {node.value!r}")
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in _REACH_UP_CALLS:
                found.append(f"{where}:{node.lineno} calls {name}()")
            if (
                name == "get_fields"
                and isinstance(func, ast.Attribute)
                and isinstance(func.value, ast.Attribute)
                and func.value.attr == "_meta"
            ):
                found.append(f"{where}:{node.lineno} introspects _meta.get_fields()")
    return found


_TEMPLATE_NAME = re.compile(
    r"{%\s*(?:url|include|extends)\s+['\"](?P<name>[^'\"]+)['\"]", re.MULTILINE
)


def template_violations(path: Path, banned: set[str]) -> list[str]:
    """Return `file:line what` for every URL name, include or extends of a banned app."""
    where = _where(path)
    text = path.read_text(encoding="utf-8")
    found = []
    for match in _TEMPLATE_NAME.finditer(text):
        app = _named_app(match["name"])
        if app in banned:
            line = text.count("\n", 0, match.start()) + 1
            found.append(f"{where}:{line} names {match['name']!r}")
    return found


@pytest.mark.parametrize("app", ORDER)
def test_no_module_of_an_app_names_a_higher_app(app: str) -> None:
    files = list(_module_files(app))
    assert files, f"no modules found for {app}"
    found = [v for path in files for v in python_violations(path, forbidden(app))]
    assert not found, "\n".join(found)


@pytest.mark.parametrize("app", ORDER)
def test_no_template_of_an_app_names_a_higher_app(app: str) -> None:
    folder = ROOT / "templates" / app
    found = [
        v
        for path in sorted(folder.rglob("*.html"))
        for v in template_violations(path, forbidden(app))
    ]
    assert not found, "\n".join(found)


def test_config_names_our_apps_only_in_its_wiring() -> None:
    ours = set(ORDER)
    found = [
        v
        for path in sorted((ROOT / "config").rglob("*.py"))
        if path.relative_to(ROOT).as_posix() not in WIRING
        for v in python_violations(path, ours)
    ]
    assert not found, "\n".join(found)


def test_the_checks_catch_what_they_are_for(tmp_path: Path) -> None:
    """Each kind of reach-up in a lower app's module or template is reported, with its line."""
    module = tmp_path / "sample.py"
    module.write_text(
        "from complaints.models import Complaint\n"
        "import overview.views\n"
        "from hospital.models import Desk\n"
        "def f():\n"
        "    apps.get_model('triage', 'Escalation')\n"
        "    import_module('handover.pending')\n"
        "    x._meta.get_fields()\n"
        "    return reverse('triage:route'), 'handover.Escort', 'overview/board.html'\n",
        encoding="utf-8",
    )
    template = tmp_path / "sample.html"
    template.write_text(
        "{% extends 'base.html' %}\n"
        '<a href="{% url \'alerts:list\' %}">{% url "complaints:list" %}</a>\n'
        "{% include 'overview/_board_menu.html' %}\n",
        encoding="utf-8",
    )

    found = python_violations(module, forbidden("alerts"))
    in_template = template_violations(template, forbidden("alerts"))

    assert sorted(line.split(":", 1)[1] for line in found) == [
        "1 imports complaints.models",
        "2 imports overview.views",
        "5 calls get_model()",
        "6 calls import_module()",
        "6 names 'handover.pending'",
        "7 introspects _meta.get_fields()",
        "8 names 'handover.Escort'",
        "8 names 'overview/board.html'",
        "8 names 'triage:route'",
    ]
    assert [line.split(":", 1)[1] for line in in_template] == [
        "2 names 'complaints:list'",
        "3 names 'overview/_board_menu.html'",
    ]
