"""Demo complaints for `seed_demo`: a dozen in every state, and volume mode for benchmarks."""

import datetime as dt
import random
from typing import Any

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from complaints import services
from complaints.models import Complaint, ComplaintEntry
from hospital.models import Department, Desk

# (key, days ago, hour, channel, category, severity, departments, name, contact, what happened,
#  what they ask for, how far it got)
_DEMO = [
    ("c1", 0, 9, "in_person", "attitude", "medium", ["GI"], "赵先生", "13800138101",
     "消化内科分诊台护士说话不耐烦，问两遍就被呵斥。", "希望当事人道歉。", "received"),
    ("c2", 0, 10, "phone", "waiting", "low", ["CARD"], "钱女士", "13800138102",
     "心内科上午号等了三个小时还没叫到。", "希望解释为什么这么慢。", "received"),
    ("c3", 1, 14, "in_person", "fees", "medium", ["GI"], "孙先生", "13800138103",
     "胃镜检查费用比窗口告知的多了 120 元。", "退还多收的费用。", "acknowledged"),
    ("c4", 2, 11, "online", "environment", "low", ["CARD"], "", "li.demo@example.cn",
     "心内科候诊区空调太冷，老人受不了。", "", "investigating"),
    ("c5", 3, 16, "security_desk", "process", "high", ["ER"], "周女士", "13800138105",
     "夜间急诊挂号后等了很久才有医生接诊。", "希望医院改进夜间流程。", "investigating"),
    ("c6", 6, 9, "letter", "care", "high", ["GI", "CARD"], "吴先生", "13800138106",
     "父亲住院期间两个科室互相推诿会诊。", "书面答复。", "overdue"),
    ("c7", 8, 15, "in_person", "privacy", "medium", ["GI"], "郑女士", "13800138107",
     "医生在走廊大声讨论我的检查结果。", "", "resolved"),
    ("c8", 12, 10, "phone", "attitude", "low", ["CARD"], "王先生", "13800138108",
     "收费窗口态度冷淡。", "", "closed"),
    ("c9", 20, 13, "in_person", "waiting", "medium", ["GI"], "赵先生", "13800138101",
     "复诊时又等了两个小时。", "", "closed"),
    ("c10", 25, 9, "email", "fees", "low", ["BILL"], "", "fees.demo@example.cn",
     "医保报销后仍被要求自费。", "", "closed"),
    ("c11", 30, 11, "in_person", "other", "low", ["GP"], "冯女士", "13800138111",
     "导医指错了楼层。", "", "withdrawn"),
    ("c12", 40, 10, "phone", "care", "critical", ["ER"], "陈先生", "13800138112",
     "急诊输液时针头脱落无人处理。", "赔偿并道歉。", "closed"),
]  # fmt: skip


def seed(*, stdout: Any, style: Any, days: int, visits_per_day: int, volume: bool) -> None:
    """Add the demo complaints (idempotent); in volume mode also a year of bulk complaints."""
    created = _seed_demo_complaints()
    stdout.write(style.SUCCESS(f"Complaints: {created} demo complaints added."))
    if volume:
        per_day = max(1, visits_per_day // 18)
        added = bulk_complaints(days=days, per_day=per_day)
        stdout.write(style.SUCCESS(f"Complaints: {added} volume complaints added."))


@transaction.atomic
def _seed_demo_complaints() -> int:
    user_model = get_user_model()
    guide = user_model.objects.filter(username="guide").first()
    manager = user_model.objects.filter(username="manager").first()
    supervisor = user_model.objects.filter(username="supervisor").first()
    if guide is None or manager is None:
        return 0
    desk = Desk.objects.filter(code="main-hall").first()
    now = timezone.now()
    created = 0
    for (_key, days_ago, hour, channel, category, severity, codes, name, contact, what, ask,
         stage) in _DEMO:  # fmt: skip
        # Each demo complaint's words are its own: found again, it was seeded before.
        if Complaint.objects.filter(description=what).exists():
            continue
        if stage == "overdue":
            received = now - dt.timedelta(days=days_ago)
        else:
            received = timezone.localtime(now - dt.timedelta(days=days_ago)).replace(
                hour=hour, minute=15
            )
            received = min(received, now - dt.timedelta(minutes=30))
        complaint = services.complaint_receive(
            received_by=supervisor if channel == "security_desk" and supervisor else guide,
            received_at=received,
            channel=channel,
            description=what,
            complainant_name=name,
            contact=contact,
            relation="patient",
            departments=list(Department.objects.filter(code__in=codes)),
            category=category,
            severity=severity,
            request_text=ask,
            desk=desk,
        )
        created += 1
        _advance(complaint, stage, manager, received)
    return created


def _advance(complaint: Complaint, stage: str, manager: Any, received: dt.datetime) -> None:
    """Take a demo complaint as far as its stage, at plausible times after it came in."""
    if stage in ("received", "overdue"):
        return
    step = dt.timedelta(hours=3)
    at = received + step
    if stage == "withdrawn":
        services.complaint_withdraw(
            complaint=complaint, by=manager, reason="患者表示不再追究", at=at
        )
        return
    complaint = services.complaint_acknowledge(
        complaint=complaint, by=manager, message="已致电说明正在核实，请耐心等待。", at=at
    )
    if stage == "acknowledged":
        return
    complaint = services.complaint_start_investigation(complaint=complaint, by=manager, at=at)
    services.complaint_add_entry(
        complaint=complaint,
        by=manager,
        kind=ComplaintEntry.Kind.INVESTIGATION,
        text="与当事人面谈，了解经过。",
        at=at + dt.timedelta(minutes=30),
    )
    services.complaint_add_entry(
        complaint=complaint,
        by=manager,
        kind=ComplaintEntry.Kind.EVIDENCE,
        text="调取当时监控录像，已存档。",
        at=at + dt.timedelta(minutes=45),
    )
    if stage == "investigating":
        return
    complaint = services.complaint_resolve(
        complaint=complaint,
        by=manager,
        answer="经核实情况属实，已对当事人进行批评教育，并向您诚恳致歉。",
        remedy="安排优先就诊一次。",
        root_cause=random.Random(complaint.pk).choice(Complaint.RootCause.values),
        prevention_action="科室晨会通报，组织服务礼仪培训。",
        at=at + dt.timedelta(days=1),
    )
    if stage == "resolved":
        return
    services.complaint_follow_up(
        complaint=complaint,
        by=manager,
        satisfaction=random.Random(complaint.pk).choice(Complaint.Satisfaction.values),
        comment="电话回访。",
        at=at + dt.timedelta(days=2),
    )


def bulk_complaints(*, days: int, per_day: int, seed: int = 5) -> int:
    """Insert `per_day` complaints for each of the last `days` days, in batches.

    Volume mode and the benchmark only: bulk_create skips the history and the timeline (a
    history-tracked model written in bulk, allowed for volume data by the team rules) because
    one save() per row would take an hour for a year of data.
    """
    user_model = get_user_model()
    guide = user_model.objects.filter(username="guide").first() or user_model.objects.first()
    manager = user_model.objects.filter(username="manager").first() or guide
    if guide is None:
        return 0
    desk = Desk.objects.filter(code="main-hall").first()
    department_ids = list(Department.objects.active().values_list("pk", flat=True))
    rng = random.Random(seed)
    now = timezone.now()
    channels = Complaint.Channel.values
    categories = Complaint.Category.values
    causes = Complaint.RootCause.values
    satisfactions = Complaint.Satisfaction.values
    through = Complaint.departments.through
    due_cache: dict[dt.date, tuple[dt.datetime, dt.datetime]] = {}
    added = 0
    for day_offset in range(days, 0, -1):
        day_start = now - dt.timedelta(days=day_offset)
        received_times = sorted(
            day_start + dt.timedelta(seconds=rng.randrange(86_400)) for _ in range(per_day)
        )
        with transaction.atomic():
            by_year: dict[int, list[dt.datetime]] = {}
            for received in received_times:
                by_year.setdefault(timezone.localtime(received).year, []).append(received)
            rows = []
            for year, times in by_year.items():
                references = services.next_reference(year=year, count=len(times))
                for reference, received in zip(references, times, strict=True):
                    day = timezone.localdate(received)
                    if day not in due_cache:
                        due_cache[day] = services.due_times(received)
                    first_due, final_due = due_cache[day]
                    rows.append(
                        _bulk_row(
                            rng, reference, received, first_due, final_due, now, guide, manager,
                            desk, channels, categories, causes, satisfactions,
                        )
                    )  # fmt: skip
            created = Complaint.objects.bulk_create(rows, batch_size=2000)
            links = []
            for complaint in created:
                for department_id in rng.sample(department_ids, k=1 + (rng.random() < 0.15)):
                    links.append(through(complaint_id=complaint.pk, department_id=department_id))
            through.objects.bulk_create(links, batch_size=5000)
            added += len(created)
    return added


def _bulk_row(
    rng: random.Random, reference: str, received: dt.datetime, first_due: dt.datetime,
    final_due: dt.datetime, now: dt.datetime, guide: Any, manager: Any, desk: Desk | None,
    channels: list[str], categories: list[str], causes: list[str], satisfactions: list[str],
) -> Complaint:  # fmt: skip
    age = now - received
    complaint = Complaint(
        reference=reference,
        received_at=received,
        received_by=guide,
        desk=desk,
        channel=rng.choice(channels),
        category=rng.choice(categories),
        severity=rng.choice(["low", "medium", "medium", "high"]),
        complainant_name="",
        contact=f"+861{rng.choice('3589')}{rng.randrange(10**9):09d}",
        description="批量演示投诉",
        first_response_due=first_due,
        final_answer_due=final_due,
    )
    if age > dt.timedelta(days=7) or rng.random() < 0.5:
        complaint.status = Complaint.Status.ACKNOWLEDGED
        complaint.acknowledged_at = received + dt.timedelta(hours=rng.uniform(1, 30))
        complaint.acknowledged_by = manager
    if age > dt.timedelta(days=7):
        complaint.status = Complaint.Status.CLOSED
        complaint.resolved_at = received + dt.timedelta(hours=rng.uniform(20, 100))
        complaint.resolved_by = manager
        complaint.answer = "已处理并答复。"
        complaint.root_cause = rng.choice(causes)
        complaint.followed_up_at = complaint.resolved_at + dt.timedelta(days=1)
        complaint.satisfaction = rng.choice(satisfactions)
        complaint.closed_at = complaint.followed_up_at
        complaint.closed_by = manager
    return complaint
