"""Bad input never answers 500 and a refused request writes nothing (property-based, hypothesis).

The test walks the URL resolver (and the admin's changelists), finds for every page and POST
endpoint the roles that may use it and an object of the demo-like data it opens, and records
which query and form parameters the view reads (by watching the request's QueryDicts). Then,
for each parameter, hypothesis sends generated values: text, Unicode digits that pass
`str.isdigit()`, huge and negative numbers, impossible dates, SQL-ish strings, very long
strings. Every answer must be below 500; an answer that refuses (4xx, or an error message)
must not have written a row.

The whole cross product takes minutes, so the suite samples: a fixed draw of routes, one
parameter each, and the complaint admin's department filter, 100 values per parameter (each
kind of bad value about ten times), one role per endpoint. FUZZ_ALL=1 (`make fuzz`) runs
everything (every parameter; FUZZ_ROLES=all every role) with 200 values each. Both print their
totals.

Every route but SKIP_NAMES is reached: the whole fuzz prints the routes no role could use and
fails on any. The suite resolves each route's method, role, objects and token from the URLconf
alone (no request), so that a new page the world cannot open fails there.
"""

import copy
import datetime as dt
import importlib
import logging
import os
import random
import re
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from django.contrib import admin
from django.contrib.messages import constants as message_levels
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection, transaction
from django.http import QueryDict
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone
from django.utils.datastructures import MultiValueDict
from factory.django import DjangoModelFactory
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from doctors.models import Doctor
from hall.services import display_token
from hospital.models import Department
from hospital.roles import Role, roles_of
from reception.models import Inquiry
from selfservice.models import Link
from tests.alerts.factories import AlertFactory, DeliveryFactory
from tests.complaints.factories import ComplaintEntryFactory, ComplaintFactory
from tests.doctors.factories import DoctorFactory
from tests.hall.factories import DisplayFactory
from tests.handover.factories import (
    AfterHoursBookFactory,
    AfterHoursEntryFactory,
    EquipmentFactory,
    EquipmentLoanFactory,
    EscortFactory,
    HandoffFactory,
    HandoverSheetFactory,
    HandoverTaskFactory,
    KeyFactory,
    KeyLoanFactory,
    ShiftFactory,
)
from tests.reception.factories import (
    FeedbackFactory,
    ImprovementPlanFactory,
    InquiryFactory,
    VisitFactory,
)
from tests.selfservice.factories import LinkFactory
from tests.triage.factories import EscalationFactory, TriageDecisionFactory

FUZZ_ALL = os.environ.get("FUZZ_ALL") == "1"
# The suite's sample sends 100 values per parameter (each kind of bad value about ten times);
# the whole fuzz (FUZZ_ALL=1, `make fuzz`) 200.
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "200" if FUZZ_ALL else "100"))
# The suite's sample and examples are the same on every run (CI must not depend on the date);
# FUZZ_SEED=<n> draws another sample and other examples when fuzzing by hand.
FUZZ_SEED = int(os.environ.get("FUZZ_SEED", "20261128"))
# How many routes the suite samples each day (FUZZ_ALL=1 runs them all).
SAMPLE_ROUTES = 4
SKIP_NAMES = {"login", "logout", "set_language", "otp_verify", "otp_enrol", "healthz"}
# Writes that are not the request's doing on a domain row: the session, the read log, lockout.
NOT_DOMAIN_WRITES = re.compile(r'"?(django_session|hospital_accesslog|axes_\w+)"?', re.I)

# The segment before <int:pk> names the object the page opens. A segment not named here (a new
# app's pages) is matched to a model by name and one object is built by that app's own factory
# (see `ObjectMaker`); a <str:name> part is filled with the `name` of such objects (a token).
PK_SEGMENTS = {
    "visits": "visit",
    "escalations": "escalation",
    "inquiries": "inquiry",
    "callbacks": "inquiry",
    "sheets": "sheet",
    "keys": "key",
    "equipment": "equipment",
    "loans": "loan",
    "book": "book",
    "tasks": "task",
    "feedback": "feedback",
    "complaints": "complaint",
    "alerts": "alert",
    "confirmations": "expected",
    "doctors": "doctor",
    "slip": "visit",
}

# The routes whose <str:token> the world fills with a token of its own (a signed display token,
# a self-service link of the purpose the page takes): a new token route needs its line here.
TOKEN_ROUTES = {
    "hall:display",
    "hall:display_state",
    "selfservice:complaint",
    "selfservice:survey",
    "selfservice:visit_status",
}
# The roles the world's clients hold (its "admin" is a superuser and holds them all).
WORLD_ROLES = {
    "guide": {Role.GUIDE},
    "supervisor": {Role.SUPERVISOR},
    "manager": {Role.DEPARTMENT_MANAGER},
    "security": {Role.SECURITY_DESK},
}

UNICODE_DIGITS = "²³¹⁴⁰₀₁₂٣٤۴߂०০੦௧๑༣၁႑០᠑１９𝟘𝟙"

# Any character but a surrogate: the set `st.text()`'s default (the characters UTF-8 encodes) is,
# drawn the same, without the table of that codec hypothesis builds on a fresh machine (2 s).
ANY_CHARACTER = st.characters(exclude_categories=("Cs",))

bad_values = st.one_of(
    st.text(ANY_CHARACTER, max_size=40),
    st.text(alphabet=UNICODE_DIGITS, min_size=1, max_size=6),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.integers(min_value=10**18, max_value=10**300).map(str),
    st.builds(
        "{:04d}-{:02d}-{:02d}".format,
        st.integers(0, 99999),
        st.integers(0, 13),
        st.integers(0, 40),
    ),
    st.builds("{:04d}-{:02d}".format, st.integers(0, 99999), st.integers(0, 13)),
    st.sampled_from(
        [
            "",
            " ",
            "-1",
            "0",
            "1.5",
            "NaN",
            "inf",
            "1e309",
            "2024-02-30",
            "2023-02-29",
            "9999-12-31",
            "0001-01-01",
            "' OR '1'='1",
            "1; DROP TABLE reception_visit; --",
            "1 UNION SELECT password FROM auth_user",
            "%",
            "_",
            "\\",
            "null",
            "true",
            "[]",
            "{}",
            "../../etc/passwd",
            "<script>alert(1)</script>",
            '=HYPERLINK("http://x")',
            "+8613800000000",
        ]
    ),
    st.integers(min_value=1000, max_value=5000).map(lambda n: "9" * n),
    st.integers(min_value=1000, max_value=5000).map(lambda n: "长" * n),
)


@dataclass
class Endpoint:
    url: str
    method: str
    role: str
    params: list[str] = field(default_factory=list)
    label: str = ""
    data: dict[str, str] = field(default_factory=dict)


@dataclass
class Totals:
    endpoints: set[tuple[str, str]] = field(default_factory=set)
    parameters: int = 0
    examples: int = 0
    requests_seconds: float = 0.0
    server_errors: list[str] = field(default_factory=list)
    writes_on_refusal: list[str] = field(default_factory=list)


# --- the demo-like world ------------------------------------------------------------------


# The parts of the stack that parse input and decide access stay; headers, CSP, lockout, history
# and idle-logout bookkeeping go, and sessions live in a cookie: a request costs a few ms.
CHEAP_MIDDLEWARE = [
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
]


@pytest.fixture
def cheap_stack(settings) -> None:
    settings.MIDDLEWARE = CHEAP_MIDDLEWARE
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.signed_cookies"
    settings.MESSAGE_STORAGE = "django.contrib.messages.storage.cookie.CookieStorage"


# Tiny but whole: the photo view sends the file as it is.
PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00"
    b"\x00\x00\x00IEND\xaeB`\x82"
)


@pytest.fixture
def world(
    db,
    cheap_stack,
    desk,
    guide,
    supervisor,
    manager,
    security,
    admin_user,
    tmp_path,
    monkeypatch,
) -> dict[str, Any]:
    """One object of every kind the pages open, at the guides' desk, routed to GI."""
    gi = Department.objects.get(code="GI")
    visit = VisitFactory(desk=desk, logged_by=guide)
    routed = VisitFactory(desk=desk, logged_by=guide, status="routed", destination=gi)
    TriageDecisionFactory(visit=routed, department=gi, decided_by=guide)
    escalation = EscalationFactory(visit=VisitFactory(desk=desk, logged_by=guide), spotted_by=guide)
    escort = EscortFactory(
        visit=VisitFactory(desk=desk, logged_by=guide, status="escorting", destination=gi),
        guide=guide,
    )
    HandoffFactory(escort__visit=routed, escort__guide=guide, recorded_by=guide)
    inquiry = InquiryFactory(
        desk=desk,
        recorded_by=guide,
        outcome=Inquiry.Outcome.CALLBACK,
        callback_due_on=timezone.localdate(),
    )
    feedback = FeedbackFactory(desk=desk, visit=routed, recorded_by=guide, care=60)
    ImprovementPlanFactory(desk=desk, created_by=supervisor)
    complaint = ComplaintFactory(received_by=guide, desk=desk, visit=routed)
    ComplaintEntryFactory(complaint=complaint, author=guide)
    shift = ShiftFactory(desk=desk)
    sheet = HandoverSheetFactory(desk=desk, shift=shift, outgoing=guide)
    key = KeyFactory(desk=desk)
    KeyLoanFactory(key=KeyFactory(desk=desk), issued_by=supervisor)
    equipment = EquipmentFactory(desk=desk)
    loan = EquipmentLoanFactory(equipment=EquipmentFactory(desk=desk), lent_by=guide)
    book = AfterHoursBookFactory(desk=desk, handed_over_by=guide)
    AfterHoursEntryFactory(book=book, recorded_by=security, caller_phone="13800000000")
    task = HandoverTaskFactory(desk=desk, created_by=guide)
    # An inquiry whose visit is expected: the confirmation call's page takes the inquiry.
    expected = InquiryFactory(
        desk=desk, recorded_by=guide, expected_visit_on=timezone.localdate() + dt.timedelta(days=1)
    )
    users = {
        "guide": guide,
        "supervisor": supervisor,
        "manager": manager,
        "security": security,
        "admin": admin_user,
    }
    # One alert delivered to everyone: each acknowledges only their own delivery.
    alert = AlertFactory(desk=desk)
    for user in users.values():
        DeliveryFactory(alert=alert, user=user)
    # A doctor with a photo, kept in this test's folder (the field's storage was made at import).
    monkeypatch.setattr(Doctor._meta.get_field("photo").storage, "location", str(tmp_path))
    doctor = DoctorFactory()
    doctor.photo.save("photo.png", SimpleUploadedFile("photo.png", PNG), save=True)
    # The addresses that take a token, not a login (see TOKEN_ROUTES).
    hall_display = display_token(DisplayFactory(desk=desk))
    tokens = {
        "hall:display": hall_display,
        "hall:display_state": hall_display,
        "selfservice:complaint": LinkFactory(desk=desk, complaint=complaint).token,
        "selfservice:survey": LinkFactory(survey=True, visit=routed).token,
        "selfservice:visit_status": LinkFactory(
            purpose=Link.Purpose.STATUS, visit=visit, desk=desk, complaint=None, created_by=guide
        ).token,
    }
    assert set(tokens) == TOKEN_ROUTES
    assert {r: set(roles_of(users[r])) for r in WORLD_ROLES} == WORLD_ROLES
    clients = {}
    for role, user in users.items():
        client = Client(raise_request_exception=False)
        client.force_login(user)
        clients[role] = client
    pks = {
        "visit": visit.pk,
        "escalation": escalation.pk,
        "inquiry": inquiry.pk,
        "sheet": sheet.pk,
        "key": key.pk,
        "equipment": equipment.pk,
        "loan": loan.pk,
        "book": book.pk,
        "task": task.pk,
        "feedback": feedback.pk,
        "complaint": complaint.pk,
        "routed": routed.pk,
        "escorting": escort.visit.pk,
        "alert": alert.pk,
        "expected": expected.pk,
        "doctor": doctor.pk,
    }
    return {
        "clients": clients,
        "pks": pks,
        "tokens": tokens,
        "desk": desk,
        "maker": ObjectMaker(desk),
    }


def _improvement_plan(world: dict[str, Any]) -> dict[str, str]:
    """A whole plan for care (the world's feedback scored it) over the last month."""
    today = timezone.localdate()
    return {
        "dimension": "care",
        "plan-care-dimension": "care",
        "plan-care-idempotency_key": str(uuid.UUID(int=1)),
        "plan-care-start": (today - dt.timedelta(days=30)).isoformat(),
        "plan-care-end": today.isoformat(),
        "plan-care-desk": str(world["desk"].pk),
        "plan-care-note": "Explain the wait at the desk.",
        "plan-care-due_on": (today + dt.timedelta(days=3)).isoformat(),
    }


# The endpoints that answer 404 to a request without a valid anchor (the desk to switch to, the
# dimension a plan is for): each is sent this data, and the fuzz replaces one value of it at a
# time (or adds one), so that it reaches past the anchor.
BASE_DATA: dict[str, Callable[[dict[str, Any]], dict[str, str]]] = {
    "switch_desk": lambda world: {"desk": str(world["desk"].pk)},
    "reception:improvement_plan_new": _improvement_plan,
}


# --- objects for the pages the world does not name ---------------------------------------------


def _factories() -> list[type[DjangoModelFactory]]:
    """Return every app's factories (tests/<app>/factories.py), in a stable order."""
    found: list[type[DjangoModelFactory]] = []
    for path in sorted(Path(__file__).resolve().parent.parent.glob("*/factories.py")):
        module = importlib.import_module(f"tests.{path.parent.name}.factories")
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, DjangoModelFactory)
                and value.__module__ == module.__name__
                and value._meta.model is not None
            ):
                found.append(value)
    return found


def _singular(segment: str) -> str:
    word = re.sub(r"[-_]", "", segment.lower())
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


class ObjectMaker:
    """Build, once each, objects for URL parts the world does not name, with the apps' factories.

    `plans/<int:pk>/` is a FollowUpPlan's page, `send-offs/<int:pk>/` a SendOff's, `alerts/<int:pk>/`
    an Alert's: the segment, made singular, is the end of the model's name. The object is built at
    the guides' desk when the model has one, so that the first role that may open it is found.
    """

    def __init__(self, desk: Any) -> None:
        self.desk = desk
        self.factories = _factories()
        self.built: dict[type[DjangoModelFactory], Any] = {}

    def factories_for(self, segment: str) -> list[type[DjangoModelFactory]]:
        """Return the (at most two) factories whose model the URL segment names."""
        word = _singular(segment)
        if not word:
            return []
        names = [(f, f._meta.model._meta.model_name) for f in self.factories]
        exact = [f for f, name in names if name == word]
        return (exact or [f for f, name in names if name.endswith(word)])[:2]

    def pks_for(self, segment: str) -> list[int]:
        built = map(self._build, self.factories_for(segment))
        return [obj.pk for obj in built if obj is not None]

    def holders_of(self, name: str) -> list[type[DjangoModelFactory]]:
        """Return the factories whose model has a field of this name."""
        return [
            f
            for f in self.factories
            if any(field.name == name for field in f._meta.model._meta.concrete_fields)
        ]

    def values_for(self, name: str) -> list[str]:
        """Return the `name` field of objects of every model that has one."""
        built = map(self._build, self.holders_of(name))
        return [str(getattr(obj, name)) for obj in built if obj is not None]

    def _build(self, factory_class: type[DjangoModelFactory]) -> Any:
        if factory_class not in self.built:
            model = factory_class._meta.model
            fields = {f.name for f in model._meta.concrete_fields}
            attempts = [{"desk": self.desk}] if "desk" in fields else []
            self.built[factory_class] = None
            for kwargs in [*attempts, {}]:
                try:
                    with transaction.atomic():
                        self.built[factory_class] = factory_class(**kwargs)
                    break
                except Exception as error:  # a factory that needs more than defaults: skip it
                    logging.getLogger(__name__).info("cannot build %s: %s", model, error)
        return self.built[factory_class]


# --- finding what each endpoint reads -------------------------------------------------------


@contextmanager
def reads_recorded() -> Iterator[set[str]]:
    """Record every key a view reads from any QueryDict (request.GET / request.POST)."""
    seen: set[str] = set()
    originals = {name: getattr(MultiValueDict, name) for name in ("get", "getlist", "__getitem__")}
    contains = dict.__contains__

    def recording(original: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(self: MultiValueDict, key: Any, *args: Any) -> Any:
            if isinstance(self, QueryDict) and isinstance(key, str):
                seen.add(key)
            return original(self, key, *args)

        return wrapper

    for name, original in originals.items():
        setattr(MultiValueDict, name, recording(original))
    QueryDict.__contains__ = recording(contains)  # type: ignore[method-assign]
    try:
        yield seen
    finally:
        for name, original in originals.items():
            setattr(MultiValueDict, name, original)
        del QueryDict.__contains__


@contextmanager
def rolled_back() -> Iterator[None]:
    with transaction.atomic():
        yield
        transaction.set_rollback(True)


def _slug_candidates(view: Callable[..., Any]) -> list[str]:
    """Return the slugs a view accepts: the keys of its module's slug-keyed tables."""
    module = __import__(view.__module__, fromlist=["*"])
    slugs: list[str] = []
    for value in vars(module).values():
        if (
            isinstance(value, dict)
            and value
            and all(isinstance(k, str) and re.fullmatch(r"[-a-z_]+", k) for k in value)
        ):
            slugs.extend(value)
    return slugs or ["x"]


@dataclass
class Route:
    path: str  # "alerts/<int:pk>/acknowledge/"
    name: str  # "alerts:acknowledge" (the path when the pattern has no name)
    pattern: URLPattern


def _patterns(resolver: URLResolver, prefix: str = "", namespace: str = "") -> Iterator[Route]:
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            if str(entry.pattern).startswith("admin/"):
                continue
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from _patterns(entry, prefix + str(entry.pattern), inner)
        else:
            path = prefix + str(entry.pattern)
            yield Route(path, f"{namespace}{entry.name}" if entry.name else path, entry)


def _urls_for(route: str, name: str, view: Callable[..., Any], world: dict[str, Any]) -> list[str]:
    """Return concrete URLs for a route, its <int:> and <slug:> parts filled with demo objects
    and its <str:token> with the world's token for that route."""
    pks: dict[str, int] = world["pks"]
    maker: ObjectMaker = world["maker"]
    parts = re.split(r"(<\w+:\w+>)", route)
    urls = [""]
    for i, part in enumerate(parts):
        match = re.fullmatch(r"<(\w+):(\w+)>", part)
        if not match:
            urls = [u + part for u in urls]
            continue
        values: list[Any]
        if match.group(2) == "token":
            urls = [u + world["tokens"][name] for u in urls]
            continue
        if match.group(1) == "int":
            segment = parts[i - 1].rstrip("/").split("/")[-1] if i else ""
            kind = PK_SEGMENTS.get(segment)
            if kind == "visit":
                values = [pks["visit"], pks["routed"], pks["escorting"]]
            elif kind:
                values = [pks[kind]]
            else:
                values = maker.pks_for(segment) or sorted(set(pks.values()))
        else:
            values = maker.values_for(match.group(2)) or _slug_candidates(view)
        urls = [u + str(v) for u in urls for v in values]
    return ["/" + u for u in urls]


def _usable(status: int, response: Any) -> bool:
    if status in (403, 404, 405):
        return False
    return not (status == 302 and "/accounts/login/" in response.get("Location", ""))


def _closure(view: Callable[..., Any]) -> Iterator[Any]:
    """Yield the values the view's decorators closed over, through every layer."""
    seen: set[int] = set()
    stack: list[Any] = [view]
    while stack:
        function = stack.pop()
        if id(function) in seen:
            continue
        seen.add(id(function))
        inner = [getattr(function, "__wrapped__", None)]
        inner += [cell.cell_contents for cell in getattr(function, "__closure__", None) or ()]
        for value in inner:
            if callable(value):
                stack.append(value)
            elif value is not None:
                yield value


def resolution_problems(route: Route, maker: "ObjectMaker") -> list[str]:
    """Return why the fuzz could not reach a route, from the route and its view alone.

    It resolves what the walk needs without a request: a method it sends (GET or POST), a role
    of the world's that the view's `role_required` names, an object for each <int:> part
    (PK_SEGMENTS, or a factory whose model the segment names) and a token for each <str:token>
    (TOKEN_ROUTES). A page that also needs valid data to get past a 404 (BASE_DATA) is found by
    `make fuzz`, which fails on any route not reached.
    """
    view = route.pattern.callback
    problems: list[str] = []
    held = set().union(*WORLD_ROLES.values())
    for value in _closure(view):
        if isinstance(value, list | tuple) and value and all(isinstance(v, str) for v in value):
            if set(value) <= {"GET", "POST", "HEAD", "PUT", "PATCH", "DELETE", "OPTIONS"}:
                if not set(value) & {"GET", "POST"}:
                    problems.append(f"answers neither GET nor POST ({value})")
            elif set(value) <= set(Role.values) and not set(value) & held:
                problems.append(f"no client of the world holds one of {sorted(value)}")
    parts = re.split(r"(<\w+:\w+>)", route.path)
    for i, part in enumerate(parts):
        match = re.fullmatch(r"<(\w+):(\w+)>", part)
        if not match:
            continue
        segment = parts[i - 1].rstrip("/").split("/")[-1] if i else ""
        if match.group(1) == "int":
            if segment not in PK_SEGMENTS and not maker.factories_for(segment):
                problems.append(f"no object for {segment}/{part} (add it to PK_SEGMENTS)")
        elif match.group(2) == "token":
            if route.name not in TOKEN_ROUTES:
                problems.append(f"no token for {part} (add the route to TOKEN_ROUTES)")
        elif not maker.holders_of(match.group(2)) and _slug_candidates(view) == ["x"]:
            problems.append(f"no value for {part}")
    return problems


def _all_routes() -> list[Route]:
    return [
        route
        for route in _patterns(get_resolver())
        if route.pattern.name not in SKIP_NAMES and not route.path.endswith(".pdf")
    ]


def unreached(routes: list[Route], endpoints: list[Endpoint]) -> list[str]:
    """Return the names of the routes no role could use with the world's objects."""
    reached = {e.label for e in endpoints}
    return sorted(r.name for r in routes if r.name not in reached)


def _admin_changelists() -> list[tuple[str, Any]]:
    return [
        (reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist"), ma)
        for model, ma in admin.site._registry.items()
    ]


def discover(
    world: dict[str, Any],
    routes: list[Route],
    changelists: list[tuple[str, Any]],
    *,
    every_role: bool,
) -> list[Endpoint]:
    """Return the (url, method, role)s a role may use, with the parameters each view reads.

    Without `every_role`, the first role that may use a route stands for all (and the first
    object it opens for all objects).
    """
    clients: dict[str, Client] = world["clients"]
    found: list[Endpoint] = []
    for route in routes:
        base = BASE_DATA[route.name](world) if route.name in BASE_DATA else {}
        for method in ("get", "post"):
            done = False
            data = base if method == "post" else {}
            for url in _urls_for(route.path, route.name, route.pattern.callback, world):
                for role, client in clients.items():
                    with rolled_back(), reads_recorded() as seen:
                        response = getattr(client, method)(url, data)
                    if response.status_code >= 500:
                        found.append(Endpoint(url, method, role, [], f"500 {route.path}"))
                    if not _usable(response.status_code, response):
                        continue
                    params = sorted({*seen, *data} - {"csrfmiddlewaretoken", "e"})
                    found.append(Endpoint(url, method, role, params, route.name, data))
                    done = not every_role
                    if done:
                        break
                if done:
                    break
    # The admin: its changelists' filters, search, ordering and page.
    for url, model_admin in changelists:
        for role, client in clients.items():
            response = client.get(url)
            if response.status_code != 200:
                continue
            changelist = model_admin.get_changelist_instance(response.wsgi_request)
            params = {"q", "o", "p"}
            for spec in changelist.filter_specs:
                params.update(spec.expected_parameters())
            if connection.vendor == "sqlite":
                # Django's own date filters: SQLite cannot shift year 1 to UTC (OverflowError);
                # PostgreSQL, which production runs, stores it. The other parameters stay.
                dated = {p for p in params if re.search(r"__(gte|lt|lte|gt)$", p)}
                params -= dated
            label = f"admin {model_admin.model.__name__}"
            found.append(Endpoint(url, "get", role, sorted(params), label))
            if not every_role:
                break
    return found


def plan(
    world: dict[str, Any],
) -> tuple[list[Endpoint], list[tuple[Endpoint, str]], list[str]]:
    """Return the endpoints found, the (endpoint, parameter) runs to fuzz and the routes that
    no role could use (FUZZ_ALL only; the suite checks each route's objects statically).

    FUZZ_ALL=1: every route and changelist, every parameter (FUZZ_ROLES=all: every role;
    FUZZ_ROUTES=a,b: only the routes whose pattern contains one of those).
    The suite: a fixed sample (SAMPLE_ROUTES routes, one parameter each; FUZZ_SEED) and the
    complaints admin's department filter, each parameter with all its examples.
    """
    routes, changelists = _all_routes(), _admin_changelists()
    if FUZZ_ALL:
        shard, shards = (int(n) for n in os.environ.get("FUZZ_SHARD", "1/1").split("/"))
        routes = routes[shard - 1 :: shards]
        changelists = changelists[shard - 1 :: shards]
        if only := os.environ.get("FUZZ_ROUTES"):  # e.g. "hall/calls,call-again": those alone
            routes = [r for r in routes if any(part in r.path for part in only.split(","))]
            changelists = []
        endpoints = discover(
            world, routes, changelists, every_role=os.environ.get("FUZZ_ROLES") == "all"
        )
        # A page no role could open with the world's objects is not fuzzed: say which.
        missed = unreached(routes, endpoints)
        print(f"\nfuzz: {len(routes)} routes, routes not reached: {', '.join(missed) or 'none'}")
        return endpoints, [(e, p) for e in endpoints for p in e.params], missed
    rng = random.Random(FUZZ_SEED)
    sample = rng.sample(routes, SAMPLE_ROUTES)
    complaints_admin = [(u, ma) for u, ma in changelists if ma.model.__name__ == "Complaint"]
    endpoints = discover(world, sample, complaints_admin, every_role=False)
    runs: list[tuple[Endpoint, str]] = []
    for endpoint in endpoints:
        if endpoint.label.startswith("admin "):
            runs += [(endpoint, p) for p in endpoint.params if p.startswith("department")]
        elif endpoint.params:
            runs.append((endpoint, rng.choice(endpoint.params)))
    return endpoints, runs, []


def _is_refusal(response: Any) -> bool:
    """Return whether the answer refuses: a 4xx, or an error message added by this request."""
    if response.status_code >= 400:
        return True
    storage = getattr(response.wsgi_request, "_messages", None)
    added = getattr(storage, "_queued_messages", [])
    return any(m.level >= message_levels.ERROR for m in added)


def _writes(queries: CaptureQueriesContext) -> list[str]:
    return [
        q["sql"][:120]
        for q in queries.captured_queries
        if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))
        and not NOT_DOMAIN_WRITES.search(q["sql"].split("(")[0][:80])
    ]


def fuzz(endpoint: Endpoint, param: str, client: Client, totals: Totals) -> None:
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        derandomize=not FUZZ_ALL and "FUZZ_SEED" not in os.environ,
        database=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(value=bad_values)
    def one(value: str) -> None:
        totals.examples += 1
        started = time.perf_counter()
        client.cookies.pop("messages", None)  # only this request's messages count
        with rolled_back(), CaptureQueriesContext(connection) as queries:
            response = getattr(client, endpoint.method)(
                endpoint.url, {**endpoint.data, param: value}
            )
        totals.requests_seconds += time.perf_counter() - started
        where = (
            f"{endpoint.method.upper()} {endpoint.url} {param}={value[:40]!r} as {endpoint.role}"
        )
        if response.status_code >= 500:
            totals.server_errors.append(f"{where}: {response.status_code}")
        elif _is_refusal(response) and _writes(queries):
            totals.writes_on_refusal.append(f"{where}: {_writes(queries)[:2]}")

    one()


def test_bad_input_never_answers_500_and_a_refusal_writes_nothing(world) -> None:
    started = time.perf_counter()
    request_log = logging.getLogger("django.request")
    level = request_log.level
    request_log.setLevel(logging.ERROR)  # thousands of 404/422 lines cost more than the requests
    try:
        endpoints, runs, missed = plan(world)
        broken = [e.url for e in endpoints if e.label.startswith("500 ")]
        assert broken == [], f"500 without any parameter: {broken}"
        # Every route but SKIP_NAMES is fuzzed: one that no role reaches needs its object, token
        # or anchor data in the world (PK_SEGMENTS, TOKEN_ROUTES, BASE_DATA).
        assert missed == [], f"routes not reached: {missed}"
        totals = Totals()
        for endpoint, param in runs:
            before = totals.examples
            fuzz(endpoint, param, world["clients"][endpoint.role], totals)
            assert totals.examples - before >= EXAMPLES, (endpoint, param)
            totals.endpoints.add((endpoint.method, endpoint.label))
            totals.parameters += 1
    finally:
        request_log.setLevel(level)
    print(
        f"\nfuzz ({'all' if FUZZ_ALL else 'sample'}): {len(totals.endpoints)} endpoints "
        f"({len({(e.method, e.label, e.role) for e in endpoints})} endpoint x role found), "
        f"{totals.parameters} parameters, {totals.examples} examples, "
        f"{len(totals.server_errors)} server errors, "
        f"{len(totals.writes_on_refusal)} writes on refusal, "
        f"{time.perf_counter() - started:.0f} s"
    )
    for line in totals.server_errors + totals.writes_on_refusal:
        print("  " + line)
    assert totals.server_errors == [], "\n".join(totals.server_errors[:20])
    assert totals.writes_on_refusal == [], "\n".join(totals.writes_on_refusal[:20])


# --- the paths found by hand and by the fuzzer, each pinned --------------------------------

KNOWN = [
    ("guide", "get", "/reception/inquiries/", {"day": "2024-02-30"}),
    ("guide", "get", "/reception/summary/", {"day": "2024-02-30"}),
    ("supervisor", "get", "/reception/satisfaction/", {"start": "2024-02-30"}),
    ("supervisor", "get", "/reception/satisfaction/", {"end": "2023-02-29"}),
    ("supervisor", "get", "/reception/satisfaction/", {"end": "0001-01-03"}),
    ("supervisor", "get", "/reception/satisfaction.csv", {"start": "9999-12-31"}),
    ("supervisor", "get", "/reception/inquiries/", {"desk": "²"}),
    ("supervisor", "get", "/reception/satisfaction/", {"desk": "²"}),
    ("supervisor", "get", "/reception/satisfaction/", {"department": "²"}),
    ("guide", "get", "/complaints/new/", {"visit": "²"}),
    ("guide", "get", "/complaints/new/", {"feedback": "²"}),
    ("guide", "get", "/reception/feedback/new/", {"visit": "²"}),
    ("admin", "get", "/admin/complaints/complaint/", {"department": "²"}),
    ("guide", "post", "/desk/", {"desk": "²"}),
    ("security", "post", "/handover/security/", {"book": "²", "kind": "request", "text": "x"}),
    ("guide", "post", "/handover/sheets/start/", {"shift": "²"}),
    ("guide", "post", "/complaints/new/", {"departments": "9" * 30}),
    ("guide", "post", "/reception/visits/{visit}/left/", {"next": "2024-02-30"}),
    ("guide", "post", "/desk/", {"desk": "{desk}", "next": "2024-02-30"}),
    ("guide", "post", "/reception/visits/{visit}/close/", {"version": "²"}),
    ("guide", "post", "/reception/visits/{visit}/undo/", {"version": "²"}),
    ("guide", "post", "/reception/kiosk/start/", {"visit": "²"}),
    ("supervisor", "get", "/aftercare/report/", {"start": ""}),
    # Not redirect(): it reads a "next" like "null" as a URL name and fails on it.
    ("guide", "post", "/hall/calls/next/", {"next": "null"}),
    ("guide", "post", "/alerts/{alert}/acknowledge/", {"next": "null"}),
    ("supervisor", "get", "/aftercare/report/", {"end": "", "start": "2026-01-01"}),
]


def test_each_known_bad_input_gets_an_answer_not_a_500(world, desk) -> None:
    """Send each input of KNOWN in the one world: each request is rolled back and its client's
    cookies put back, so every input meets the world as it was built."""
    failures = []
    for role, method, url, data in KNOWN:
        url = url.format(visit=world["pks"]["visit"], alert=world["pks"]["alert"], desk=desk.pk)
        data = {k: v.format(desk=desk.pk) for k, v in data.items()}
        client = world["clients"][role]
        cookies = copy.deepcopy(client.cookies)
        with rolled_back(), CaptureQueriesContext(connection) as queries:
            response = getattr(client, method)(url, data)
        client.cookies = cookies
        where = f"{method.upper()} {url} {data} as {role}"
        if response.status_code >= 500:
            failures.append(f"{where}: {response.status_code}")
        elif _is_refusal(response) and _writes(queries):
            failures.append(f"{where}: a refusal wrote {_writes(queries)[:2]}")
    assert not failures, "\n".join(failures)


def test_every_route_but_the_skipped_has_what_the_fuzz_needs_to_reach_it() -> None:
    """A new page whose object, token or role the world lacks fails here, not silently in
    `make fuzz` (which would leave it out); resolved from the URLconf alone, no request."""
    maker = ObjectMaker(desk=None)
    problems = {
        route.name: found for route in _all_routes() if (found := resolution_problems(route, maker))
    }
    assert problems == {}
    names = {route.name for route in _all_routes()}
    assert names >= TOKEN_ROUTES, TOKEN_ROUTES - names
    assert set(BASE_DATA) <= names, set(BASE_DATA) - names
