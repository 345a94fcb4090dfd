"""Handover's demo data: shifts, the checklist, keys and equipment, a demo day of sheets, and
today's walk-ins in every state (logged, routed, escorted, handed off, escalated, closed, left).

The walk-ins live here, with handover at the top of the walk-in chain, because a demo visit goes
through reception's, triage's and handover's services. The year of history that the board's
benchmark needs is not demo data: benchmarks/volume.py loads it.
"""

import datetime as dt
import uuid
from datetime import time, timedelta
from decimal import Decimal
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from handover import services
from handover.models import (
    ChecklistEntry,
    ChecklistTemplate,
    ChecklistTemplateItem,
    Equipment,
    EquipmentLoan,
    HandoverSheet,
    Key,
    KeyLoan,
    Shift,
)
from handover.services import equipment_lend, escort_start, handoff_record
from hospital.models import Department, Desk
from hospital.phones import normalise_phone
from reception.models import Visit
from reception.services.visits import visit_close, visit_log_walkin, visit_mark_left
from triage.services import (
    escalation_close,
    escalation_open,
    escalation_record_step,
    triage_decide,
)


def seed(*, stdout: Any, style: Any, days: int, visits_per_day: int, volume: bool) -> None:
    """Add handover's demo records and today's demo walk-ins (idempotent).

    The walk-in history of volume mode is loaded by benchmarks/volume.py (`make bench-board`
    runs it after seed_demo): here `volume` only earns a pointer to it.
    """
    seed_shift_handover(stdout=stdout, style=style)
    seed_day(stdout=stdout, style=style)
    if volume:
        stdout.write(
            style.NOTICE(
                "Walk-in history: run benchmarks/volume.py "
                f"--days {days} --visits-per-day {visits_per_day} (see `make bench-board`)."
            )
        )


DEMO_SHIFTS = [
    ("早班", time(8, 0), time(12, 0), 1),
    ("午班", time(12, 0), time(18, 0), 2),
    ("夜班", time(18, 0), time(8, 0), 3),
]
DEMO_CHECKLIST = [
    "台面整洁，物品归位",
    "轮椅、推车已清点",
    "宣传资料已补充",
    "电话、电脑工作正常",
    "钥匙柜已上锁",
    "交接本已填写",
]
DEMO_KEYS = [
    ("K-01", "客服办公室", 2),
    ("K-02", "资料室", 2),
    ("K-03", "轮椅存放间", 2),
    ("K-04", "母婴室", 1),
]
# What the administrator would type in the English column (zh-hant is converted when empty).
DEMO_ENGLISH = {
    "早班": "Morning",
    "午班": "Afternoon",
    "夜班": "Night",
    "台面整洁，物品归位": "Counter tidy, everything in its place",
    "轮椅、推车已清点": "Wheelchairs and trolleys counted",
    "宣传资料已补充": "Leaflets restocked",
    "电话、电脑工作正常": "Phone and computer working",
    "钥匙柜已上锁": "Key cabinet locked",
    "交接本已填写": "Handover book filled in",
    "客服办公室": "Patient services office",
    "资料室": "Records room",
    "轮椅存放间": "Wheelchair store",
    "母婴室": "Nursing room",
}
DEMO_EQUIPMENT = [
    ("wheelchair", "WC-01"),
    ("wheelchair", "WC-02"),
    ("wheelchair", "WC-03"),
    ("wheelchair", "WC-04"),
    ("trolley", "TR-01"),
    ("umbrella", "UM-01"),
    ("umbrella", "UM-02"),
]


@transaction.atomic
def seed_shift_handover(*, stdout: Any, style: Any) -> None:
    users = {
        u.username: u
        for u in get_user_model().objects.filter(
            username__in=["guide", "guide2", "supervisor", "security"]
        )
    }
    desks = list(Desk.objects.filter(is_active=True))
    if len(users) < 4 or not desks:
        return
    template, created = ChecklistTemplate.objects.get_or_create(
        name="导医台交接检查", desk=None, defaults={"is_active": True}
    )
    if created:
        for order, label in enumerate(DEMO_CHECKLIST):
            ChecklistTemplateItem.objects.create(
                template=template,
                label=label,
                label_en=DEMO_ENGLISH.get(label, ""),
                sort_order=order,
            )
    for desk in desks:
        for name, starts, ends, order in DEMO_SHIFTS:
            Shift.objects.get_or_create(
                desk=desk,
                name=name,
                defaults={
                    "name_en": DEMO_ENGLISH.get(name, ""),
                    "starts_at": starts,
                    "ends_at": ends,
                    "sort_order": order,
                },
            )
        for code, door, copies in DEMO_KEYS:
            Key.objects.get_or_create(
                desk=desk,
                code=code,
                defaults={"door": door, "door_en": DEMO_ENGLISH.get(door, ""), "copies": copies},
            )
        for kind, label in DEMO_EQUIPMENT:
            Equipment.objects.get_or_create(desk=desk, label=label, defaults={"kind": kind})
    _demo_day(next((d for d in desks if d.code == "main-hall"), desks[0]), users)
    stdout.write(
        style.SUCCESS("Handover: shifts, checklist, keys, equipment and a demo day ready.")
    )


def _demo_day(desk: Desk, users: dict[str, User]) -> None:
    """Yesterday's three sheets signed and countersigned (one refused first), today's morning
    sheet awaiting acceptance, a key and a wheelchair out."""
    guide, guide2, lead = users["guide"], users["guide2"], users["supervisor"]
    today = timezone.localdate()
    yesterday = today - timedelta(days=1)
    if HandoverSheet.objects.filter(desk=desk, date=yesterday).exists():
        return
    shifts = {s.name: s for s in Shift.objects.filter(desk=desk)}
    plan = [
        (
            yesterday,
            "早班",
            guide,
            guide2,
            "上午接待平稳，3 号轮椅借给放射科，已归还。",
            None,
            True,
        ),
        (
            yesterday,
            "午班",
            guide2,
            guide,
            "下午人多，发热门诊排队较长。",
            "宣传资料未补充，请补齐后再交接",
            True,
        ),
        (yesterday, "夜班", guide, guide2, "夜间交接本已交保安监控室。", None, True),
        (today, "早班", guide2, guide, "上午来访较多，1 位老人候诊中。", None, False),
    ]
    for day, shift_name, outgoing, incoming, log, refusal, finish in plan:
        sheet = services.sheet_start(desk=desk, shift=shifts[shift_name], day=day, by=outgoing)
        marks: dict[int, tuple[str, str]] = {}
        for entry in sheet.checklist.all():
            if refusal and "宣传资料" in entry.label:
                marks[entry.pk] = (ChecklistEntry.Mark.FAULT, "折页用完，已向宣传科申领")
            else:
                marks[entry.pk] = (ChecklistEntry.Mark.OK, "")
        sheet = services.sheet_update(
            sheet=sheet,
            by=outgoing,
            version=sheet.version,
            work_log=log,
            incoming=incoming,
            marks=marks,
        )
        sheet = services.sheet_sign_out(sheet=sheet, by=outgoing)
        if refusal:
            services.sheet_refuse(sheet=sheet, by=incoming, reason=refusal)
            sheet = HandoverSheet.objects.get(pk=sheet.pk)
            sheet = services.sheet_sign_out(sheet=sheet, by=outgoing)
        if finish:
            services.sheet_accept(sheet=sheet, by=incoming)
            services.sheet_countersign(sheet=sheet, by=lead)
    if not KeyLoan.objects.open().filter(key__desk=desk).exists():
        services.key_issue(
            key=Key.objects.get(desk=desk, code="K-02"),
            by=lead,
            issued_to="保洁 王阿姨",
            purpose="打扫资料室",
            due_back_at=timezone.now() + timedelta(hours=1),
        )
    if not EquipmentLoan.objects.open().filter(equipment__desk=desk).exists():
        services.equipment_lend(
            equipment=Equipment.objects.get(desk=desk, label="WC-02"),
            by=guide,
            borrower_name="检验科 李护士",
            due_back_at=timezone.now() + timedelta(hours=2),
        )


_NAMESPACE = uuid.UUID("3c1f2a9e-5d47-4b8a-9e61-0f2d7a4c8b13")

# name, phone, sex, age, needs, purpose, complaint, temperature, minutes ago, desk, steps
# steps: route:CODE:LEVEL, escort, wheelchair, handoff:ROLE:NAME, escalate, team, family, er,
# close-escalation, close, left
_DAY = [
    (
        "王阿姨",
        "13812345678",
        "F",
        82,
        ["elderly", "wheelchair"],
        "doctor",
        "头晕乏力两天",
        None,
        4,
        0,
        [],
    ),
    ("", "", "M", 45, [], "doctor", "胃疼两天，饭后加重", None, 48, 0, ["route:GI:III@45"]),
    (
        "李先生",
        "13900001111",
        "M",
        33,
        [],
        "doctor",
        "发烧咳嗽",
        "38.6",
        12,
        0,
        ["route:FEVER:III"],
    ),
    (
        "",
        "13700002222",
        "F",
        67,
        ["wheelchair"],
        "doctor",
        "腰腿疼，走路困难",
        None,
        25,
        0,
        ["route:ORTHO:IV", "escort", "wheelchair"],
    ),
    (
        "陈女士",
        "13600003333",
        "F",
        29,
        ["pregnant"],
        "exam",
        "孕检",
        None,
        70,
        0,
        ["route:OB:IV", "escort", "handoff:nurse:刘护士"],
    ),
    ("", "", "M", 58, [], "doctor", "胸痛，出冷汗", None, 6, 0, ["escalate", "team"]),
    ("", "13500004444", "U", None, [], "question", "", None, 90, 0, ["close"]),
    ("", "", "F", 40, [], "results", "", None, 120, 0, ["left"]),
    (
        "张大爷",
        "13400005555",
        "M",
        76,
        ["elderly", "hearing"],
        "doctor",
        "心慌胸闷",
        None,
        55,
        0,
        ["route:CARD:II", "escort", "handoff:floor_guide:三楼导医小周"],
    ),
    (
        "",
        "",
        "M",
        51,
        [],
        "doctor",
        "突然说话不清",
        None,
        150,
        0,
        ["escalate", "team", "family", "er", "close-escalation"],
    ),
    (
        "周女士",
        "13300006666",
        "F",
        36,
        ["child"],
        "doctor",
        "孩子发烧一天",
        "38.2",
        18,
        0,
        ["route:PED:III", "escort", "handoff:nurse:赵护士", "close"],
    ),
    ("", "", "U", None, [], "inpatient", "看望住院的父亲", None, 9, 1, ["route:ADMIT:IV"]),
    ("", "13200007777", "M", 62, [], "billing", "医保报销问题", None, 3, 1, []),
]


def _key(*parts: Any) -> uuid.UUID:
    return uuid.uuid5(_NAMESPACE, "-".join(str(part) for part in parts))


def seed_day(*, stdout: Any, style: Any) -> None:
    """Log today's demo visits through the services, each in a different state."""
    users = get_user_model().objects
    guide, guide2 = users.filter(username="guide").first(), users.filter(username="guide2").first()
    desks = list(Desk.objects.filter(is_active=True).order_by("code"))
    desks.sort(key=lambda desk: desk.code != "main-hall")
    if guide is None or not desks:
        return
    departments = {d.code: d for d in Department.objects.all()}
    now = timezone.now()
    midnight = timezone.localtime(now).replace(hour=0, minute=0, second=0, microsecond=0)
    created_count = 0
    for n, row in enumerate(_DAY):
        name, phone, sex, age, needs, purpose, complaint, temp, ago, desk_no, steps = row
        desk = desks[min(desk_no, len(desks) - 1)]
        # Today's visits, in their order, however early the day is: never before midnight and
        # never after now (just past midnight they all arrive within its first seconds).
        arrived = min(now, max(midnight + dt.timedelta(seconds=n), now - dt.timedelta(minutes=ago)))
        visit, created = visit_log_walkin(
            desk=desk,
            by=guide,
            form_token=_key("visit", timezone.localdate(now), n),
            purpose=purpose,
            chief_complaint=complaint,
            temperature=Decimal(temp) if temp else None,
            arrived_at=arrived,
            name=name,
            phone=normalise_phone(phone) if phone else "",
            sex=sex,
            age=age,
            needs=needs,
        )
        if not created:
            continue
        created_count += 1
        by = guide2 if (n % 3 == 2 and guide2) else guide
        for step in steps:
            _apply(step, visit=visit, by=by, departments=departments, now=now, desk=desk)
    stdout.write(style.SUCCESS(f"Walk-ins: {created_count} demo visits logged today."))


def _apply(
    step: str,
    *,
    visit: Visit,
    by: User,
    departments: dict[str, Department],
    now: dt.datetime,
    desk: Desk,
) -> None:
    kind, *args = step.split(":")
    if kind == "route":
        code, rest = args[0], args[1]
        level, _sep, minutes = rest.partition("@")
        at = now - dt.timedelta(minutes=int(minutes)) if minutes else None
        if at is not None:
            at = max(at, visit.arrived_at)
        triage_decide(visit=visit, department=departments[code], urgency=level, by=by, at=at)
    elif kind == "escort":
        escort_start(visit=visit, by=by)
    elif kind == "wheelchair":
        free = (
            Equipment.objects.filter(desk=desk, kind=Equipment.Kind.WHEELCHAIR, is_active=True)
            .exclude(loans__returned_at__isnull=True, loans__isnull=False)
            .first()
        )
        if free is None:
            free, _created = Equipment.objects.get_or_create(
                desk=desk, label="WC-DEMO", defaults={"kind": Equipment.Kind.WHEELCHAIR}
            )
        if not EquipmentLoan.objects.filter(equipment=free, returned_at__isnull=True).exists():
            equipment_lend(equipment=free, by=by, visit=visit)
    elif kind == "handoff":
        role, name = args
        handoff_record(
            visit=visit,
            by=by,
            receiver_name=name,
            receiver_role=role,
            receiver_title="护士长" if role == "nurse" else "",
            situation=visit.chief_complaint,
            special_needs=visit.visitor.needs_display,
            promised="家属稍后到" if role == "nurse" else "",
        )
    elif kind == "escalate":
        escalation_open(visit=visit, observation=visit.chief_complaint, by=by)
    elif kind in ("team", "family", "er"):
        step_name = {"team": "team_called_at", "family": "family_notified_at"}.get(
            kind, "handed_to_er_at"
        )
        escalation = visit.escalations.get(closed_at__isnull=True)
        escalation_record_step(escalation=escalation, step=step_name, by=by)
    elif kind == "close-escalation":
        escalation_close(escalation=visit.escalations.get(closed_at__isnull=True), by=by)
    elif kind == "close":
        visit_close(visit=visit, by=by)
    elif kind == "left":
        visit_mark_left(visit=visit, by=by)
