import uuid

import factory
from django.utils import timezone

from reception.models import URGENCY_RANK, Urgency, Visit, Visitor
from tests.hospital.factories import DeskFactory, UserFactory


class VisitorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Visitor

    name = factory.Sequence(lambda n: f"访客{n}")
    phone = factory.Sequence(lambda n: f"139{n:08d}")


class VisitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Visit

    visitor = factory.SubFactory(VisitorFactory)
    desk = factory.SubFactory(DeskFactory, code="main-hall")
    logged_by = factory.SubFactory(UserFactory)
    arrived_at = factory.LazyFunction(timezone.now)
    purpose = Visit.Purpose.SEE_DOCTOR
    chief_complaint = "肚子疼"
    urgency = Urgency.IV
    urgency_rank = factory.LazyAttribute(lambda o: URGENCY_RANK[o.urgency])
    form_token = factory.LazyFunction(uuid.uuid4)
