"""Demo data for handover: shifts, the checklist, keys, wheelchairs and a demo day of sheets."""

from datetime import time, timedelta
from typing import Any

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from hospital.models import Desk


def seed(*, stdout: Any, style: Any, days: int, visits_per_day: int, volume: bool) -> None:
    """Add handover's demo records (idempotent)."""
    seed_shift_handover(stdout=stdout, style=style)
    # issue 3: today's walk-ins in every state (in volume mode, a year of history first)
    from .demo_walkins import seed as seed_walkins

    seed_walkins(
        stdout=stdout, style=style, days=days, visits_per_day=visits_per_day, volume=volume
    )


# --- issue 6: shifts, checklist, keys, equipment, a demo day of sheets ---------------------------

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
    from . import services
    from .models import ChecklistTemplate, ChecklistTemplateItem, Equipment, Key, Shift

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
            ChecklistTemplateItem.objects.create(template=template, label=label, sort_order=order)
    for desk in desks:
        for name, starts, ends, order in DEMO_SHIFTS:
            Shift.objects.get_or_create(
                desk=desk,
                name=name,
                defaults={"starts_at": starts, "ends_at": ends, "sort_order": order},
            )
        for code, door, copies in DEMO_KEYS:
            Key.objects.get_or_create(
                desk=desk, code=code, defaults={"door": door, "copies": copies}
            )
        for kind, label in DEMO_EQUIPMENT:
            Equipment.objects.get_or_create(desk=desk, label=label, defaults={"kind": kind})
    _demo_day(next((d for d in desks if d.code == "main-hall"), desks[0]), users, services)
    stdout.write(
        style.SUCCESS("Handover: shifts, checklist, keys, equipment and a demo day ready.")
    )


def _demo_day(desk: Desk, users: dict, services: Any) -> None:
    """Yesterday's three sheets signed and countersigned (one refused first), today's morning
    sheet awaiting acceptance, a key and a wheelchair out."""
    from .models import ChecklistEntry, Equipment, EquipmentLoan, HandoverSheet, Key, KeyLoan, Shift

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
        marks = {}
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
