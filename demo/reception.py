"""Reception's demo data for `seed_demo`: inquiries, callbacks and exit feedback at every desk,
and volume mode for benchmarks. Runs after the hospital's directory, desks and users."""

import datetime as dt
import random

from django.contrib.auth import get_user_model
from django.contrib.auth.models import User
from django.core.management.base import OutputWrapper
from django.core.management.color import Style
from django.db import transaction
from django.utils import timezone

from hospital.clock import day_bounds
from hospital.models import Department, Desk
from hospital.phones import normalise_phone
from reception.models import FEEDBACK_DIMENSIONS, Feedback, Inquiry, Visit, Visitor
from reception.services.feedback import feedback_submit
from reception.services.inquiries import inquiry_record
from reception.services.visits import visit_log_walkin


def seed(
    *, stdout: OutputWrapper, style: Style, days: int, visits_per_day: int, volume: bool
) -> None:
    """Add reception's demo records; the walk-ins come first, as feedback refers to visits."""
    seed_inquiries_and_feedback(
        stdout=stdout, style=style, days=days, volume=volume, visits_per_day=visits_per_day
    )


# (channel, topic, question, answer, outcome, department code or "", days ago, hour, phone)
_DEMO_INQUIRIES = [
    (
        "phone_in",
        "hours",
        "周六下午消化内科有门诊吗？",
        "周六全天有门诊。",
        "answered",
        "",
        0,
        8,
        "13800138001",
    ),
    (
        "in_person",
        "directions",
        "CT 室怎么走？",
        "医技楼一楼，跟着蓝色指示牌走。",
        "answered",
        "",
        0,
        9,
        "",
    ),
    (
        "phone_in",
        "doctor",
        "张主任这周哪天出诊？",
        "已转消化内科护士站确认。",
        "transferred",
        "GI",
        0,
        9,
        "13800138002",
    ),
    (
        "phone_in",
        "fees",
        "胃镜检查大概多少钱？",
        "需要科室确认，下午回电。",
        "callback",
        "",
        0,
        10,
        "13800138003",
    ),
    ("missed", "other", "", "", "callback", "", 0, 11, "13800138004"),
    (
        "in_person",
        "insurance",
        "异地医保能直接结算吗？",
        "已备案的可以，请到一楼医保窗口。",
        "answered",
        "",
        0,
        11,
        "",
    ),
    (
        "phone_in",
        "results",
        "血常规报告出来了吗？",
        "已转检验科。",
        "transferred",
        "LAB",
        0,
        14,
        "13800138005",
    ),
    (
        "phone_in",
        "department",
        "孩子发烧挂哪个科？",
        "儿科，发热先到发热门诊。",
        "answered",
        "",
        1,
        9,
        "13800138006",
    ),
    (
        "phone_out",
        "results",
        "回电：胃镜费用",
        "已告知费用和预约方法。",
        "answered",
        "",
        1,
        15,
        "13800138007",
    ),
    (
        "phone_in",
        "department",
        "心慌胸闷挂什么科？",
        "心血管内科，明天上午来。",
        "answered",
        "",
        1,
        16,
        "13900139001",
    ),
    ("missed", "other", "", "", "callback", "", 2, 19, "13800138008"),
    (
        "phone_in",
        "fees",
        "住院押金要交多少？",
        "住院处回电告知。",
        "callback",
        "",
        3,
        10,
        "13800138009",
    ),
]


def seed_inquiries_and_feedback(
    *, stdout: OutputWrapper, style: Style, days: int, visits_per_day: int, volume: bool
) -> None:
    """Add a few days of inquiries and exit feedback to every desk that has none yet."""
    guide = get_user_model().objects.filter(username="guide").first()
    # Seeding twice adds nothing: a desk with inquiries already has its demo.
    desks = list(Desk.objects.filter(is_active=True).exclude(inquiries__isnull=False))
    if guide is None or not desks:
        return
    departments = {d.code: d for d in Department.objects.filter(code__in=["GI", "LAB", "CARD"])}
    now = timezone.now()
    today = timezone.localdate(now)
    for desk in desks:
        _seed_desk_inquiries(desk, guide, departments, today)
        _seed_desk_feedback(desk, guide, departments, today)
    # A walk-in today whose phone asked yesterday, for the end-of-day summary to match.
    visit_log_walkin(
        desk=desks[0],
        by=guide,
        purpose=Visit.Purpose.SEE_DOCTOR,
        chief_complaint="心慌胸闷两天",
        name="赵先生",
        phone=normalise_phone("13900139001"),
        arrived_at=min(now, timezone.make_aware(dt.datetime.combine(today, dt.time(9, 30)))),
    )
    stdout.write(style.SUCCESS("Inquiries, callbacks and exit feedback: demo ready."))
    if volume:
        seed_volume(stdout=stdout, style=style, days=days, visits_per_day=visits_per_day)


def _seed_desk_inquiries(
    desk: Desk, guide: User, departments: dict[str, Department], today: dt.date
) -> None:
    for n, row in enumerate(_DEMO_INQUIRIES):
        channel, topic, question, answer, outcome, code, days_ago, hour, phone = row
        when = timezone.make_aware(
            dt.datetime.combine(today - dt.timedelta(days=days_ago), dt.time(hour, 5 * n % 60))
        )
        when = min(when, timezone.now() - dt.timedelta(minutes=n))
        inquiry_record(
            desk=desk,
            recorded_by=guide,
            channel=channel,
            phone=normalise_phone(phone),
            topic=topic,
            question=question,
            answer=answer,
            outcome=outcome,
            transferred_to=departments.get(code),
            transferred_to_person="护士站" if code else "",
            callback_in_working_days=0,
            rang_at=when if channel != "in_person" else None,
            answered_at=when + dt.timedelta(seconds=6)
            if channel in ("phone_in", "phone_out")
            else None,
            expected_visit_on=today if phone == "13800138006" else None,
            now=when,
        )


# Fees and environment score lower in the demo, so that the report shows flags to act on.
_DEMO_BIAS = {"fees": -25, "environment": -12}


def _seed_desk_feedback(
    desk: Desk, guide: User, departments: dict[str, Department], today: dt.date
) -> None:
    rng = random.Random(desk.code)
    codes = list(departments)
    # A handful over the last three days: the plain demo has one day of walk-ins, and the report
    # compares responses with visits.
    for n in range(8):
        day = today - dt.timedelta(days=n % 3)
        when = timezone.make_aware(dt.datetime.combine(day, dt.time(10 + n % 7, 0)))
        when = min(when, timezone.now())
        scores = {
            name: max(0, min(100, rng.choice([75, 100, 100, 100]) + _DEMO_BIAS.get(name, 0)))
            for name in FEEDBACK_DIMENSIONS
        }
        feedback_submit(
            desk=desk,
            recorded_by=guide,
            scores=scores,
            comment="候诊区座位不够" if n % 9 == 0 else "",
            department=departments.get(codes[n % len(codes)]) if codes else None,
            channel=Feedback.Channel.PHONE if n % 5 == 0 else Feedback.Channel.TABLET,
            now=when,
        )


# Volume mode: one inquiry for every five visits, one feedback for every twenty (the ratios of
# the daily-summary benchmark).
INQUIRIES_PER_VISIT = 0.2
FEEDBACK_PER_VISIT = 0.05
_BATCH = 5000


def seed_volume(*, stdout: OutputWrapper, style: Style, days: int, visits_per_day: int) -> None:
    """Bulk-insert `days` of history: speed over the one write path.

    Benchmark databases only: bulk_create skips the services and the history on purpose, since
    a year of demo rows through the services would take hours and the history would be fiction.
    """
    guide = get_user_model().objects.filter(username="guide").first()
    desks = list(Desk.objects.filter(is_active=True))
    if guide is None or not desks:
        return
    rng = random.Random(7)
    phones = list(Visitor.objects.exclude(phone="").values_list("phone", flat=True)[:20000])
    department_ids = list(Department.objects.active().values_list("pk", flat=True))
    today = timezone.localdate()
    per_day_inquiries = int(visits_per_day * INQUIRIES_PER_VISIT)
    per_day_feedback = int(visits_per_day * FEEDBACK_PER_VISIT)
    channels, topics = Inquiry.Channel.values, Inquiry.Topic.values
    inquiries: list[Inquiry] = []
    feedback: list[Feedback] = []

    def flush(force: bool = False) -> None:
        if inquiries and (force or len(inquiries) >= _BATCH):
            Inquiry.objects.bulk_create(inquiries, batch_size=_BATCH)
            inquiries.clear()
        if feedback and (force or len(feedback) >= _BATCH):
            Feedback.objects.bulk_create(feedback, batch_size=_BATCH)
            feedback.clear()

    with transaction.atomic():
        for offset in range(days, 0, -1):
            day = today - dt.timedelta(days=offset)
            start, _end = day_bounds(day)
            for i in range(per_day_inquiries):
                received = start + dt.timedelta(seconds=8 * 3600 + rng.randrange(10 * 3600))
                channel = rng.choice(channels)
                outcome = rng.choice(["answered", "answered", "transferred", "callback"])
                if channel == "missed":
                    outcome = "callback"
                inquiries.append(
                    Inquiry(
                        desk=desks[i % len(desks)],
                        channel=channel,
                        phone=rng.choice(phones) if phones and i % 3 == 0 else f"+86137{i:08d}",
                        topic=rng.choice(topics),
                        question="" if channel == "missed" else "批量演示问题",
                        outcome=outcome,
                        transferred_to_id=rng.choice(department_ids)
                        if outcome == "transferred"
                        else None,
                        received_at=received,
                        rang_at=received if channel != "in_person" else None,
                        answered_at=received if channel in ("phone_in", "phone_out") else None,
                        work_day=day,
                        callback_due_on=day if outcome == "callback" else None,
                        callback_done_at=received if outcome == "callback" else None,
                        callback_done_by=guide if outcome == "callback" else None,
                        callback_result="已回电" if outcome == "callback" else "",
                        recorded_by=guide,
                    )
                )
            for i in range(per_day_feedback):
                feedback.append(
                    Feedback(
                        desk=desks[i % len(desks)],
                        department_id=rng.choice(department_ids) if department_ids else None,
                        submitted_at=start + dt.timedelta(hours=9, minutes=i % 480),
                        recorded_by=guide,
                        **{name: rng.choice([50, 75, 100, 100]) for name in FEEDBACK_DIMENSIONS},
                    )
                )
            flush()
        flush(force=True)
    stdout.write(
        style.SUCCESS(
            f"Volume: {days * per_day_inquiries} inquiries and {days * per_day_feedback} "
            "feedback rows."
        )
    )
