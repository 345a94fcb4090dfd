"""Every role × every page that takes a record's id × a record of another desk or department.

Two sides of the hospital: desk A with gastroenterology (GI), desk B with cardiology (CARD), each
with its guide and its department manager, and on each side one of every scoped record (a
visitor, their visit routed to the side's department, its decision, escalation, escort and
handoff, an inquiry, exit feedback, a complaint and its timeline, a handover sheet, a key and its
loan, equipment and its loan, the after-hours book, an entry and a task). For each side's
records, every role that may not read them (the other side's guide and manager, the security
desk for patient records, anyone logged out) asks for every URL of the resolver that takes an
id — GET and POST — and every admin page of every scoped model: change (GET and POST), history,
a history version (GET and POST), delete (GET and POST) and each action. Each answer must be
403 or 404 (405 for a method the page does not take, a redirect to a login page for those not
allowed in at all), and no row may be written anywhere. The records' own readers get 200.
"""

import copy
import logging
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import pytest
from django.apps import apps
from django.contrib import admin
from django.contrib.auth.models import User
from django.db import connection, models, transaction
from django.http import HttpRequest, HttpResponse, QueryDict
from django.test import Client, RequestFactory
from django.urls import URLPattern, URLResolver, get_resolver, get_urlconf, reverse
from django.views import defaults

from alerts.services import Kind, desk_team, notify
from hospital.models import Department, Desk
from hospital.roles import Role
from reception.models import Inquiry, Visit
from tests.aftercare.factories import (
    AdmissionHelpFactory,
    ConfirmationFactory,
    DischargeSendOffFactory,
    FollowUpPlanFactory,
    FollowUpStepFactory,
)
from tests.complaints.factories import ComplaintEntryFactory, ComplaintFactory
from tests.doctors.factories import DoctorFactory
from tests.handover import factories as handover
from tests.hospital.factories import DeskFactory, StaffProfileFactory, UserFactory
from tests.reception.factories import FeedbackFactory, InquiryFactory, VisitFactory, VisitorFactory
from tests.triage.factories import EscalationFactory, TriageDecisionFactory

pytestmark = pytest.mark.django_db

ROLES = [
    "guide_a",
    "guide_b",
    "manager_x",
    "manager_y",
    "supervisor",
    "security",
    "superuser",
    "anonymous",
]

# Who reads a side's records besides that side's guide (and, for patient records, manager).
PATIENT = "patient"  # the side's guide and manager, supervisors, administrators
DESK = "desk"  # the side's guide, supervisors, administrators
BOOK = "book"  # the side's guide, supervisors, the security desk, administrators
# The doctor directory: every guide (they introduce any doctor), the department's manager (who
# keeps it), supervisors, administrators.
DIRECTORY = "directory"
READERS = {
    "visitor": PATIENT,
    "visit": PATIENT,
    "decision": PATIENT,
    "escalation": PATIENT,
    "escort": PATIENT,
    "handoff": PATIENT,
    "inquiry": PATIENT,
    "feedback": PATIENT,
    "complaint": PATIENT,
    "entry": PATIENT,
    "sheet": DESK,
    "equipment": DESK,
    "equipment_loan": DESK,
    "key": BOOK,
    "key_loan": BOOK,
    "book": BOOK,
    "book_entry": BOOK,
    "task": BOOK,
    # Aftercare: read like the visit they follow up.
    "plan": PATIENT,
    "step": PATIENT,
    "confirmation": PATIENT,
    "admission": PATIENT,
    "send_off": PATIENT,
    "alert": DESK,  # delivered to the side's desk team: its guides and the supervisors
    "doctor": DIRECTORY,
}

# Which record a URL's id names, by the URL's path; a new URL with an id must be added here.
PATH_KINDS = [
    (r"^reception/visits/<int:pk>/", "visit"),
    (r"^triage/visits/<int:pk>/", "visit"),
    (r"^handover/visits/<int:pk>/", "visit"),
    (r"^triage/escalations/<int:pk>/", "escalation"),
    (r"^reception/inquiries/<int:pk>/", "inquiry"),
    (r"^reception/callbacks/<int:pk>/", "inquiry"),
    (r"^reception/feedback/<int:pk>/", "feedback"),
    (r"^handover/sheets/<int:pk>/", "sheet"),
    (r"^handover/keys/<int:pk>/", "key"),
    (r"^handover/equipment/<int:pk>/", "equipment"),
    (r"^handover/loans/<int:pk>/", "equipment_loan"),
    (r"^handover/book/<int:pk>/", "book"),
    (r"^handover/tasks/<int:pk>/", "task"),
    (r"^complaints/<int:pk>/", "complaint"),
    (r"^hall/visits/<int:pk>/", "visit"),
    (r"^alerts/<int:pk>/", "alert"),
    (r"^doctors/<int:pk>/", "doctor"),
    (r"^s/slip/<int:pk>/", "visit"),
    (r"^aftercare/plans/<int:pk>/", "plan"),
    (r"^aftercare/steps/<int:pk>/", "step"),
    (r"^aftercare/confirmations/<int:pk>/", "inquiry"),
    (r"^aftercare/visits/<int:pk>/", "visit"),
    (r"^aftercare/send-offs/<int:pk>/", "send_off"),
]
# Values for a URL's other parts (a complaint's step, a visit's confirmation).
OTHER_KWARGS = {"step": "acknowledge", "action": "close"}

# What a POST carries: enough of every form that a page which forgot its check would act.
POST_DATA = {
    "version": "1",
    "expected_version": "1",
    "seen_version": "1",
    "reason": "测试",
    "text": "测试",
    "message": "测试",
    "answer": "测试",
    "comment": "测试",
    "observation": "测试",
    "receiver_name": "李护士",
    "receiver_role": "nurse",
    "handed_over": "测试",
    "issued_to": "张三",
    "purpose": "测试",
    "condition": "good",
    "borrower_kind": "staff",
    "borrower_name": "张三",
    "urgency": "IV",
    "post": "yes",
}

LOGIN_PATHS = ("/accounts/login/", "/admin/login/")
# Rows a refused request may still write: sessions, lockout counters, the access log.
NOT_DATA = {"django_session", "hospital_accesslog"}


@dataclass
class Side:
    desk: Desk
    department: Department
    guide: Any
    manager: Any
    records: dict[str, models.Model] = field(default_factory=dict)


def _staff(username: str, role: str, desk: Desk) -> Any:
    user = UserFactory(username=username, role=role)
    StaffProfileFactory(user=user, home_desk=desk)
    return user


def _aftercare(side: Side, visit: Visit) -> dict[str, models.Model]:
    """A follow-up plan of the side's department and its call, the confirmation of an expected
    visit, admission help for the side's visit and a send-off from the side's ward."""
    plan = FollowUpPlanFactory(desk=side.desk, department=side.department, started_by=side.guide)
    expected = InquiryFactory(
        desk=side.desk,
        recorded_by=side.guide,
        outcome=Inquiry.Outcome.TRANSFERRED,
        transferred_to=side.department,
        expected_visit_on=visit.arrived_at.date(),
    )
    return {
        "plan": plan,
        "step": FollowUpStepFactory(plan=plan),
        "confirmation": ConfirmationFactory(inquiry=expected, desk=side.desk),
        "admission": AdmissionHelpFactory(visit=visit, recorded_by=side.guide),
        "send_off": DischargeSendOffFactory(desk=side.desk, ward=side.department),
    }


def _records(side: Side, tag: str) -> dict[str, models.Model]:
    desk, department, guide = side.desk, side.department, side.guide
    visitor = VisitorFactory(name=f"访客{tag}", phone=f"+8613900000{ord(tag):03d}")
    visit = VisitFactory(
        visitor=visitor,
        desk=desk,
        logged_by=guide,
        destination=department,
        status=Visit.Status.ROUTED,
    )
    escort = handover.EscortFactory(visit=visit, guide=guide, destination=department)
    complaint = ComplaintFactory(
        received_by=guide,
        desk=desk,
        visit=visit,
        departments=(department.code,),
        contact=visitor.phone,
        complainant_name=visitor.name,
    )
    key = handover.KeyFactory(desk=desk)
    equipment = handover.EquipmentFactory(desk=desk)
    book = handover.AfterHoursBookFactory(desk=desk)
    return {
        "visitor": visitor,
        "visit": visit,
        "decision": TriageDecisionFactory(visit=visit, department=department),
        "escalation": EscalationFactory(visit=visit),
        "escort": escort,
        "handoff": handover.HandoffFactory(escort=escort, visit=visit),
        "inquiry": InquiryFactory(
            desk=desk,
            recorded_by=guide,
            phone=visitor.phone,
            caller_name=visitor.name,
            outcome=Inquiry.Outcome.TRANSFERRED,
            transferred_to=department,
        ),
        "feedback": FeedbackFactory(desk=desk, visit=visit, department=department, care=40),
        "complaint": complaint,
        "entry": ComplaintEntryFactory(complaint=complaint),
        "sheet": handover.HandoverSheetFactory(desk=desk, outgoing=guide),
        "key": key,
        "key_loan": handover.KeyLoanFactory(key=key),
        "equipment": equipment,
        "equipment_loan": handover.EquipmentLoanFactory(equipment=equipment, visit=visit),
        "book": book,
        "book_entry": handover.AfterHoursEntryFactory(book=book),
        "task": handover.HandoverTaskFactory(desk=desk),
        **_aftercare(side, visit),
        # Alerts: one about the side's visit, for its desk team.
        "alert": notify(
            kind=Kind.ESCALATION_OPENED, record=visit, audience=desk_team(desk), desk=desk
        ),
        # The doctor directory: one doctor of the side's department.
        "doctor": DoctorFactory(department=department),
    }


def _build_hospital() -> dict[str, Any]:
    desk_a = DeskFactory(code="main-hall", name="门诊大厅导医台")
    desk_b = DeskFactory(code="inpatient", name="住院楼服务台")
    gi, card = Department.objects.get(code="GI"), Department.objects.get(code="CARD")
    users = {
        "guide_a": _staff("guide-a", Role.GUIDE, desk_a),
        "guide_b": _staff("guide-b", Role.GUIDE, desk_b),
        "manager_x": _staff("manager-x", Role.DEPARTMENT_MANAGER, desk_a),
        "manager_y": _staff("manager-y", Role.DEPARTMENT_MANAGER, desk_b),
        "supervisor": _staff("supervisor", Role.SUPERVISOR, desk_a),
        "security": _staff("security", Role.SECURITY_DESK, desk_a),
        "superuser": _staff("admin", "admin", desk_a),
    }
    gi.managers.add(users["manager_x"])
    card.managers.add(users["manager_y"])
    sides = {
        "A": Side(desk_a, gi, users["guide_a"], users["manager_x"]),
        "B": Side(desk_b, card, users["guide_b"], users["manager_y"]),
    }
    for tag, side in sides.items():
        side.records = _records(side, tag)
    clients = {}
    for role in ROLES:
        client = Client()
        if role != "anonymous":
            client.force_login(users[role])
        clients[role] = client
    return {"sides": sides, "users": users, "clients": clients}


@pytest.fixture(scope="module")
def built_hospital(
    django_db_setup, django_db_blocker, restore_reference_data
) -> Iterator[dict[str, Any]]:
    """Build the two sides once for this module, in a transaction rolled back after its tests.

    Each test runs in pytest-django's own transaction inside this one, so what a test writes is
    undone before the next test starts; `hospital` hands each test its own copies of the objects
    and clients, so no test sees another's changes in memory either.
    """
    with django_db_blocker.unblock():
        restore_reference_data()
    with django_db_blocker.unblock(), transaction.atomic():
        yield _build_hospital()
        transaction.set_rollback(True)


@pytest.fixture
def hospital(built_hospital: dict[str, Any]) -> dict[str, Any]:
    """Return the two sides as built: fresh copies of the records, users and logged-in clients."""
    world = copy.deepcopy({"sides": built_hospital["sides"], "users": built_hospital["users"]})
    clients = {}
    for role, built in built_hospital["clients"].items():
        clients[role] = Client()
        clients[role].cookies = copy.deepcopy(built.cookies)  # the same session: logged in
    return {**world, "clients": clients}


def readers(kind: str, tag: str) -> set[str]:
    """Return the roles that may read a record of this kind on side `tag`."""
    guide, manager = ("guide_a", "manager_x") if tag == "A" else ("guide_b", "manager_y")
    who = {guide, "supervisor", "superuser"}
    if READERS[kind] == PATIENT:
        who.add(manager)
    if READERS[kind] == DIRECTORY:
        who |= {"guide_a", "guide_b", manager}
    if READERS[kind] == BOOK:
        who.add("security")
    return who


def _walk(patterns: list[Any], prefix: str = "", namespace: str = "") -> Iterator[tuple]:
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = pattern.namespace or ""
            name_space = f"{namespace}:{inner}" if namespace and inner else inner or namespace
            yield from _walk(pattern.url_patterns, prefix + str(pattern.pattern), name_space)
        elif isinstance(pattern, URLPattern):
            name = f"{namespace}:{pattern.name}" if namespace else pattern.name
            yield name, prefix + str(pattern.pattern), pattern


def record_urls() -> list[tuple[str, str, str]]:
    """Return (url name, path pattern, record kind) of every non-admin URL that takes an id."""
    found = []
    for name, path, _pattern in _walk(get_resolver().url_patterns):
        if path.startswith("admin/") or "<int:pk>" not in path:
            continue
        kinds = [kind for regex, kind in PATH_KINDS if re.match(regex, path)]
        assert kinds, f"{path} ({name}) takes an id: add it to PATH_KINDS in this test"
        found.append((name, path, kinds[0]))
    return found


def _url(name: str, path: str, pk: int) -> str:
    kwargs: dict[str, Any] = {"pk": pk}
    for part, value in OTHER_KWARGS.items():
        if f":{part}>" in path:
            kwargs[part] = value
    return reverse(name, kwargs=kwargs)


def _data_tables() -> list[str]:
    tables = [
        model._meta.db_table
        for model in apps.get_models(include_auto_created=True)
        if model._meta.managed and not model._meta.proxy
    ]
    existing = set(connection.introspection.table_names())
    return sorted(
        t for t in set(tables) & existing if t not in NOT_DATA and not t.startswith("axes_")
    )


class RowCounter:
    """Count the rows of every data table, to prove a refusal wrote nothing.

    `written()` says what changed since its last call. On SQLite the connection's own count of
    changed rows (which the test client's requests share) says first whether anything was
    written at all, and the tables are counted again only then; elsewhere they are counted on
    every call, in one query.
    """

    def __init__(self) -> None:
        self.tables = _data_tables()
        columns = ", ".join(f'(SELECT COUNT(*) FROM "{t}")' for t in self.tables)
        self.sql = f"SELECT {columns}"
        self.rows = self._count()
        self.changes = self._changes()

    def _count(self) -> dict[str, int]:
        with connection.cursor() as cursor:
            cursor.execute(self.sql)
            return dict(zip(self.tables, cursor.fetchone(), strict=True))

    def _changes(self) -> int | None:
        if connection.vendor != "sqlite":
            return None
        connection.ensure_connection()
        return connection.connection.total_changes

    def written(self) -> dict[str, int]:
        """Return, per data table, the rows added (or removed) since the last call."""
        changes = self._changes()
        if changes is not None and changes == self.changes:
            return {}
        rows = self._count()
        written = {t: rows[t] - self.rows[t] for t in rows if rows[t] != self.rows[t]}
        self.rows, self.changes = rows, changes
        return written


def refused(response: Any) -> bool:
    if response.status_code in (403, 404, 405):
        return True
    location = response.get("Location", "")
    return response.status_code == 302 and location.startswith(LOGIN_PATHS)


@dataclass
class Matrix:
    count_rows: RowCounter
    requests: int = 0
    leaks: list[str] = field(default_factory=list)

    def expect_refusal(self, role: str, label: str, send: Callable[[], Any]) -> None:
        self.count_rows.written()
        response = send()
        self.requests += 1
        if not refused(response):
            self.leaks.append(f"{role} {label}: {response.status_code}")
        written = self.count_rows.written()
        if written:
            self.leaks.append(f"{role} {label}: wrote {written}")


def scoped_admins() -> list[tuple[type[models.Model], admin.ModelAdmin]]:
    """Return the registered admins whose model has a `visible_to`, i.e. holds someone's data."""
    return [
        (model, model_admin)
        for model, model_admin in admin.site._registry.items()
        if hasattr(model._default_manager, "visible_to")
    ]


def _kind_of(records: dict[str, models.Model], model: type[models.Model]) -> str:
    kinds = [kind for kind, record in records.items() if type(record) is model]
    assert kinds, f"{model.__name__} is scoped: give the matrix one of its records"
    return kinds[0]


def _offered_actions(model_admin: admin.ModelAdmin) -> list[str]:
    """Return the actions the admin offers anyone (an administrator sees them all)."""
    request = RequestFactory().get("/admin/")
    request.user = User.objects.filter(is_superuser=True).first()
    return list(model_admin.get_actions(request))


def _admin_requests(
    model: type[models.Model], model_admin: admin.ModelAdmin, record: models.Model
) -> Iterator[tuple[str, str, dict[str, Any] | None]]:
    """Yield (label, url, POST data or None for GET) for every admin page about `record`."""
    opts = model._meta
    info = f"admin:{opts.app_label}_{opts.model_name}"
    pk = record.pk
    version = record.history.order_by("-history_id").first()
    yield "admin change", reverse(f"{info}_change", args=[pk]), None
    yield "admin change", reverse(f"{info}_change", args=[pk]), {"seen_version": "1"}
    yield "admin history", reverse(f"{info}_history", args=[pk]), None
    version_url = reverse(f"{info}_simple_history", args=[pk, version.history_id])
    yield "admin history version", version_url, None
    yield "admin history version", version_url, {"_change_history": "1"}
    yield "admin delete", reverse(f"{info}_delete", args=[pk]), None
    yield "admin delete", reverse(f"{info}_delete", args=[pk]), {"post": "yes"}
    changelist = reverse(f"{info}_changelist")
    for name in _offered_actions(model_admin):
        data = {"action": name, "_selected_action": [str(pk)], "index": "0", "post": "yes"}
        data.update({"text": "测试", "assignee": ""})
        yield f"admin action {name}", changelist, data


@pytest.fixture
def error_pages_once(monkeypatch) -> set[tuple[int | None, int]]:
    """Render the real 403 and 404 pages once per person and status, then answer bare.

    The walk asks for a status, not a page: the friendly page (the whole site layout, some
    twenty milliseconds) drawn 2,000 times over cost more than the views that refuse. Each is
    still drawn for every role (tests/security/test_errors.py reads what they say); a refusal
    goes through the same view, middleware and exception as before. Returns the (user id,
    status) pairs drawn. The refused requests' warnings are not logged either (2,000 lines).
    """
    drawn: set[tuple[int | None, int]] = set()

    def once(status: int, real: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        def handler(request: HttpRequest, exception: Exception) -> HttpResponse:
            key = (getattr(getattr(request, "user", None), "pk", None), status)
            if key in drawn:
                return HttpResponse(status=status)
            drawn.add(key)
            return real(request, exception)

        return handler

    urlconf = get_resolver(get_urlconf()).urlconf_module
    monkeypatch.setattr(urlconf, "handler403", once(403, defaults.permission_denied), raising=False)
    monkeypatch.setattr(urlconf, "handler404", once(404, defaults.page_not_found), raising=False)
    request_log = logging.getLogger("django.request")
    monkeypatch.setattr(request_log, "level", logging.ERROR)
    return drawn


@pytest.mark.parametrize("tag", ["A", "B"])
def test_no_role_reads_or_writes_a_record_outside_its_scope(
    hospital, error_pages_once, tag: str
) -> None:
    side = hospital["sides"][tag]
    clients: dict[str, Client] = hospital["clients"]
    matrix = Matrix(RowCounter())

    for name, path, kind in record_urls():
        record = side.records[kind]
        url = _url(name, path, record.pk)
        for role in set(ROLES) - readers(kind, tag):
            client = clients[role]
            matrix.expect_refusal(role, f"GET {url}", lambda c=client, u=url: c.get(u))
            matrix.expect_refusal(role, f"POST {url}", lambda c=client, u=url: c.post(u, POST_DATA))

    for model, model_admin in scoped_admins():
        kind = _kind_of(side.records, model)
        record = side.records[kind]
        for label, url, data in _admin_requests(model, model_admin, record):
            for role in set(ROLES) - readers(kind, tag):
                client = clients[role]
                if data is None:
                    send = lambda c=client, u=url: c.get(u)  # noqa: E731
                else:
                    send = lambda c=client, u=url, d=data: c.post(u, d)  # noqa: E731
                matrix.expect_refusal(role, f"{label} {model.__name__} {url}", send)

    print(f"\nscope matrix, side {tag}: {matrix.requests} refused requests checked")
    assert matrix.requests > 500
    # The real 403 and 404 pages were drawn in this walk, once for each person refused.
    assert {status for _user, status in error_pages_once} == {403, 404}
    assert not matrix.leaks, "\n".join(matrix.leaks)


def test_prefill_and_lookups_show_no_other_desks_or_departments_visitor(hospital) -> None:
    side_b = hospital["sides"]["B"]
    visitor = side_b.records["visitor"]
    clients: dict[str, Client] = hospital["clients"]
    counter = RowCounter()
    urls = [
        f"{reverse('complaints:intake')}?visit={side_b.records['visit'].pk}",
        f"{reverse('complaints:intake')}?feedback={side_b.records['feedback'].pk}",
        f"{reverse('complaints:intake')}?find={visitor.phone}",
        f"{reverse('reception:visitor_lookup')}?phone={visitor.phone}",
        f"{reverse('reception:feedback_new')}?visit={side_b.records['visit'].pk}",
    ]
    checked = 0
    for role in ("guide_a", "manager_x", "security", "anonymous"):
        for url in urls:
            counter.written()
            response = clients[role].get(url)
            assert response.status_code in (200, 302, 403, 404), (role, url)
            page = response.content.decode()
            assert visitor.name not in page, (role, url)
            if visitor.phone not in url:  # a page may show back the address typed, no more
                assert visitor.phone not in page and visitor.phone[3:] not in page, (role, url)
            assert not counter.written(), (role, url)
            checked += 1
    print(f"\nprefill matrix: {checked} requests checked")
    # The visitor's own desk gets the form filled in.
    own = clients["guide_b"].get(urls[0])
    assert own.status_code == 200
    assert visitor.name in own.content.decode()


def test_each_record_opens_for_its_own_readers(hospital) -> None:
    side_b = hospital["sides"]["B"]
    records = side_b.records
    clients: dict[str, Client] = hospital["clients"]
    users = hospital["users"]
    pages = {
        reverse("overview:visit_detail", args=[records["visit"].pk]): [
            "guide_b",
            "manager_y",
            "supervisor",
            "superuser",
        ],
        reverse("triage:escalation", args=[records["escalation"].pk]): ["guide_b", "supervisor"],
        reverse("reception:inquiry_detail", args=[records["inquiry"].pk]): [
            "guide_b",
            "supervisor",
        ],
        reverse("handover:sheet_detail", args=[records["sheet"].pk]): ["guide_b", "supervisor"],
        reverse("complaints:detail", args=[records["complaint"].pk]): ["manager_y", "supervisor"],
        reverse("complaints:slip", args=[records["complaint"].pk]): ["guide_b", "manager_y"],
    }
    for model, _model_admin in scoped_admins():
        kind = _kind_of(records, model)
        record = records[kind]
        opts = model._meta
        info = f"admin:{opts.app_label}_{opts.model_name}"
        version = record.history.order_by("-history_id").first()
        admins = {
            role
            for role in {"supervisor", "superuser", "manager_y"} & readers(kind, "B")
            if users[role].has_perm(f"{opts.app_label}.view_{opts.model_name}")
        }
        for url in (
            reverse(f"{info}_change", args=[record.pk]),
            reverse(f"{info}_history", args=[record.pk]),
            reverse(f"{info}_simple_history", args=[record.pk, version.history_id]),
        ):
            pages[url] = sorted(admins)
    for url, roles in pages.items():
        for role in roles:
            assert clients[role].get(url).status_code == 200, (role, url)


def test_a_guide_works_only_at_the_desks_assigned_to_them(hospital) -> None:
    guide_a = hospital["users"]["guide_a"]
    desk_b = hospital["sides"]["B"].desk
    client = hospital["clients"]["guide_a"]
    assert client.post(reverse("switch_desk"), {"desk": desk_b.pk}).status_code == 404
    assert "front_desk_desk_id" not in client.session
    # A desk id left in the session from before is ignored, not trusted.
    session = client.session
    session["front_desk_desk_id"] = desk_b.pk
    session.save()
    sheet_b = hospital["sides"]["B"].records["sheet"]
    assert client.get(reverse("handover:sheet_detail", args=[sheet_b.pk])).status_code == 404
    guide_a.staff_profile.desks.add(desk_b)
    response = client.post(reverse("switch_desk"), {"desk": desk_b.pk, "next": "/"})
    assert response.status_code == 302
    assert client.session["front_desk_desk_id"] == desk_b.pk
    assert client.get(reverse("handover:sheet_detail", args=[sheet_b.pk])).status_code == 200


def test_supervisor_switches_to_any_active_desk(hospital) -> None:
    desk_b = hospital["sides"]["B"].desk
    client = hospital["clients"]["supervisor"]
    assert client.post(reverse("switch_desk"), {"desk": desk_b.pk}).status_code == 302
    desk_b.is_active = False
    desk_b.save()
    assert client.post(reverse("switch_desk"), {"desk": desk_b.pk}).status_code == 404


def list_urls() -> list[str]:
    """Return the paths of every non-admin page that takes no id (lists, reports, forms)."""
    skipped = {
        "logout",
        "set_language",
        "login",
        "healthz",
        "switch_desk",
        "otp_verify",
        "otp_enrol",
    }
    paths = []
    for name, path, _pattern in _walk(get_resolver().url_patterns):
        if path.startswith("admin/") or "<" in path or name in skipped:
            continue
        paths.append(reverse(name))
    return paths


# Any of these on a request's QueryDict hands over every parameter, whatever it is called.
WHOLE_QUERY = ("__iter__", "items", "keys", "values", "lists", "dict", "copy", "urlencode")


@contextmanager
def query_reads() -> Iterator[set[str]]:
    """Record the names read from any QueryDict (request.GET) meanwhile; "*" if it was read
    whole (iterated, copied or encoded): a request whose view read a name only then could
    answer otherwise with that name in its query string."""
    seen: set[str] = set()
    patched = {name: getattr(QueryDict, name) for name in ("get", "getlist", "__getitem__")}
    patched["__contains__"] = QueryDict.__contains__
    whole = {name: getattr(QueryDict, name) for name in WHOLE_QUERY}

    def by_name(original: Callable[..., Any]) -> Callable[..., Any]:
        def read(self: QueryDict, key: Any, *args: Any) -> Any:
            seen.add(key if isinstance(key, str) else "*")
            return original(self, key, *args)

        return read

    def in_whole(original: Callable[..., Any]) -> Callable[..., Any]:
        def read(self: QueryDict, *args: Any, **kwargs: Any) -> Any:
            seen.add("*")
            return original(self, *args, **kwargs)

        return read

    own = {name: vars(QueryDict)[name] for name in (*patched, *whole) if name in vars(QueryDict)}
    try:
        for name, original in patched.items():
            setattr(QueryDict, name, by_name(original))
        for name, original in whole.items():
            setattr(QueryDict, name, in_whole(original))
        yield seen
    finally:
        for name in (*patched, *whole):
            if name in own:
                setattr(QueryDict, name, own[name])
            else:
                delattr(QueryDict, name)  # inherited again


def test_no_list_report_or_form_shows_another_sides_visitor(
    hospital, error_pages_once, settings
) -> None:
    # The bell's poll runs the pressing alert rules now and then (every 10 s a process), and
    # those may raise an alert for the world's escalation: a write this matrix is not about.
    settings.ALERTS_POLL_CHECK_SECONDS = 0
    side_b = hospital["sides"]["B"]
    visitor = side_b.records["visitor"]
    clients: dict[str, Client] = hospital["clients"]
    counter = RowCounter()
    shown = []
    checked = 0
    # Each page with no query, then with each parameter that may widen it to side B, for each
    # role of side A (and the security desk). A page whose view, asked without a query, read
    # neither that parameter nor the query whole, runs the same with it: it answers the same,
    # and is not asked again.
    variants = {"desks": "all", "desk": side_b.desk.pk, "phone": visitor.phone}
    skipped = 0
    for url in list_urls():
        for role in ("guide_a", "manager_x", "security"):
            read: set[str] = set()
            for name in ("", *variants):
                if name and not {name, "*"} & read:
                    skipped += 1
                    continue
                query = f"?{name}={variants[name]}" if name else ""
                counter.written()
                with query_reads() as seen:
                    response = clients[role].get(url + query)
                read |= seen
                checked += 1
                assert response.status_code < 500, (role, url + query)
                assert not counter.written(), (role, url + query)
                page = response.content.decode(errors="replace")
                if visitor.name in page:
                    shown.append(f"{role} {url}{query}")
    print(f"\nlist matrix: {checked} requests checked, {skipped} not read by their page")
    assert not shown, "\n".join(shown)
    # Not vacuous: the visitor's own desk and department do see them in their lists.
    assert visitor.name in clients["guide_b"].get(reverse("overview:board")).content.decode()
    inquiries = clients["guide_b"].get(reverse("reception:inquiry_list")).content.decode()
    assert visitor.name in inquiries
    routed = clients["manager_y"].get(reverse("reception:department_visits")).content.decode()
    assert visitor.name in routed
