import factory
from django.utils import timezone

from handover.models import Equipment
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
