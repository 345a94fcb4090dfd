"""One factory per handover model. Visits come from tests.reception.factories."""

from datetime import time, timedelta

import factory
from django.utils import timezone

from handover import models
from hospital.models import Department
from tests.hospital.factories import DeskFactory, UserFactory
from tests.reception.factories import VisitFactory


class EquipmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Equipment

    desk = factory.SubFactory(DeskFactory)
    kind = models.Equipment.Kind.WHEELCHAIR
    label = factory.Sequence(lambda n: f"WC-{n:02d}")


class EquipmentLoanFactory(factory.django.DjangoModelFactory):
    """An open loan to a named colleague."""

    class Meta:
        model = models.EquipmentLoan

    equipment = factory.SubFactory(EquipmentFactory)
    borrower_kind = models.EquipmentLoan.BorrowerKind.STAFF
    borrower_name = "放射科 张护士"
    lent_by = factory.SubFactory(UserFactory)
    lent_at = factory.LazyFunction(timezone.now)
    due_back_at = factory.LazyAttribute(lambda o: o.lent_at + timedelta(hours=1))


class EscortFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Escort

    visit = factory.SubFactory(VisitFactory)
    guide = factory.SubFactory(UserFactory)
    destination = factory.LazyFunction(lambda: Department.objects.get(code="GI"))
    started_at = factory.LazyFunction(timezone.now)


class HandoffFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Handoff

    escort = factory.SubFactory(EscortFactory)
    visit = factory.SelfAttribute("escort.visit")
    receiver_name = "李护士"
    receiver_role = models.Handoff.ReceiverRole.NURSE
    recorded_by = factory.SelfAttribute("escort.guide")


class ShiftFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Shift
        django_get_or_create = ["desk", "name"]

    desk = factory.SubFactory(DeskFactory)
    name = "早班"
    starts_at = time(8, 0)
    ends_at = time(12, 0)


class ChecklistTemplateFactory(factory.django.DjangoModelFactory):
    """A checklist; `labels=[...]` gives its lines (three by default)."""

    class Meta:
        model = models.ChecklistTemplate
        skip_postgeneration_save = True

    name = "导医台交接检查"

    @factory.post_generation
    def labels(self, create: bool, extracted: list[str] | None, **kwargs) -> None:
        if not create:
            return
        labels = ["台面整洁", "轮椅已清点", "电话正常"] if extracted is None else extracted
        for order, label in enumerate(labels):
            ChecklistTemplateItemFactory(template=self, label=label, sort_order=order)


class ChecklistTemplateItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.ChecklistTemplateItem

    template = factory.SubFactory(ChecklistTemplateFactory, labels=[])
    label = factory.Sequence(lambda n: f"检查项 {n}")
    sort_order = factory.Sequence(lambda n: n)


class HandoverSheetFactory(factory.django.DjangoModelFactory):
    """A draft sheet without checklist lines; `handover.services.sheet_start` copies them."""

    class Meta:
        model = models.HandoverSheet

    desk = factory.SubFactory(DeskFactory)
    shift = factory.SubFactory(ShiftFactory, desk=factory.SelfAttribute("..desk"))
    date = factory.LazyFunction(timezone.localdate)
    outgoing = factory.SubFactory(UserFactory)


def days_back(n: int) -> factory.Iterator:
    """Today, yesterday and so on, n days in all: a batch's dates, one a day (newest first)."""
    today = timezone.localdate()
    return factory.Iterator([today - timedelta(days=i) for i in range(n)], cycle=False)


class AfterHoursBookFactory(factory.django.DjangoModelFactory):
    """Tonight's book, with the security desk."""

    class Meta:
        model = models.AfterHoursBook

    desk = factory.SubFactory(DeskFactory)
    night_of = factory.LazyFunction(timezone.localdate)
    handed_over_by = factory.SubFactory(UserFactory)
    handed_over_at = factory.LazyFunction(timezone.now)


class AfterHoursEntryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.AfterHoursEntry

    book = factory.SubFactory(AfterHoursBookFactory)
    kind = models.AfterHoursEntry.Kind.REQUEST
    text = "明早想预约B超。"
    recorded_by = factory.SubFactory(UserFactory)


class HandoverTaskFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.HandoverTask

    desk = factory.SubFactory(DeskFactory)
    text = "回电张先生，告知B超预约时间。"
    created_by = factory.SubFactory(UserFactory)


class KeyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Key

    desk = factory.SubFactory(DeskFactory)
    code = factory.Sequence(lambda n: f"K-{n:02d}")
    door = factory.Sequence(lambda n: f"资料室 {n}")
    copies = 2


class KeyLoanFactory(factory.django.DjangoModelFactory):
    """An open loan; the rules on who may issue live in `handover.services.key_issue`."""

    class Meta:
        model = models.KeyLoan

    key = factory.SubFactory(KeyFactory)
    issued_to = "保洁 王阿姨"
    purpose = "打扫资料室"
    issued_by = factory.SubFactory(UserFactory)
    issued_at = factory.LazyFunction(timezone.now)
    due_back_at = factory.LazyAttribute(lambda o: o.issued_at + timedelta(hours=1))
