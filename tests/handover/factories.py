from datetime import time

import factory
from django.utils import timezone

from handover.models import ChecklistTemplate, ChecklistTemplateItem, Equipment, Key, Shift
from reception.models import Visit, Visitor
from tests.hospital.factories import DeskFactory, UserFactory


class EquipmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Equipment

    desk = factory.SubFactory(DeskFactory)
    kind = Equipment.Kind.WHEELCHAIR
    label = factory.Sequence(lambda n: f"WC-{n:02d}")


class VisitorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Visitor

    name = factory.Sequence(lambda n: f"访客{n}")


class VisitFactory(factory.django.DjangoModelFactory):
    """A walk-in for handover's tests (reception's own factories may differ)."""

    class Meta:
        model = Visit

    visitor = factory.SubFactory(VisitorFactory)
    desk = factory.SubFactory(DeskFactory)
    arrived_at = factory.LazyFunction(timezone.now)
    logged_by = factory.SubFactory(UserFactory)
    purpose = Visit.Purpose.SEE_DOCTOR


class ShiftFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Shift
        django_get_or_create = ["desk", "name"]

    desk = factory.SubFactory(DeskFactory)
    name = "早班"
    starts_at = time(8, 0)
    ends_at = time(12, 0)


class ChecklistTemplateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ChecklistTemplate
        skip_postgeneration_save = True

    name = "导医台交接检查"

    @factory.post_generation
    def labels(self, create: bool, extracted: list[str] | None, **kwargs) -> None:
        for order, label in enumerate(extracted or ["台面整洁", "轮椅已清点", "电话正常"]):
            ChecklistTemplateItem.objects.create(template=self, label=label, sort_order=order)


class KeyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Key

    desk = factory.SubFactory(DeskFactory)
    code = factory.Sequence(lambda n: f"K-{n:02d}")
    door = factory.Sequence(lambda n: f"资料室 {n}")
    copies = 2
