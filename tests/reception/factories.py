"""One factory per reception model: visitors, visits, inquiries, exit feedback, improvement plans."""

import datetime as dt
import uuid

import factory
from django.utils import timezone

from reception.models import (
    URGENCY_RANK,
    Feedback,
    FeedbackDimension,
    ImprovementPlan,
    Inquiry,
    Urgency,
    Visit,
    Visitor,
)
from tests.hospital.factories import DeskFactory, UserFactory


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    """Return an aware datetime in hospital time."""
    return timezone.make_aware(dt.datetime.combine(day, dt.time(hour, minute)))


class VisitorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Visitor

    name = factory.Sequence(lambda n: f"访客{n}")
    # Stored as E.164, as reception's services store them.
    phone = factory.Sequence(lambda n: f"+86139{n:08d}")


class VisitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Visit

    visitor = factory.SubFactory(VisitorFactory)
    desk = factory.SubFactory(DeskFactory, code="main-hall")
    # One guide at the desk logs them all unless a test names one: a thousand visits for a
    # query-count test need no thousand users.
    logged_by = factory.SubFactory(UserFactory, username="desk-guide")
    arrived_at = factory.LazyFunction(timezone.now)
    purpose = Visit.Purpose.SEE_DOCTOR
    chief_complaint = "肚子疼"
    urgency = Urgency.IV
    urgency_rank = factory.LazyAttribute(lambda o: URGENCY_RANK[o.urgency])
    form_token = factory.LazyFunction(uuid.uuid4)


class InquiryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Inquiry

    desk = factory.SubFactory(DeskFactory)
    channel = Inquiry.Channel.PHONE_IN
    phone = factory.Sequence(lambda n: f"+86138{n:08d}")
    topic = Inquiry.Topic.HOURS
    question = "门诊几点开门？"
    answer = "早上八点。"
    outcome = Inquiry.Outcome.ANSWERED
    received_at = factory.LazyFunction(timezone.now)
    rang_at = factory.LazyAttribute(lambda o: o.received_at)
    answered_at = factory.LazyAttribute(lambda o: o.received_at)
    work_day = factory.LazyAttribute(lambda o: timezone.localdate(o.received_at))
    recorded_by = factory.SubFactory(UserFactory)


class FeedbackFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Feedback

    desk = factory.SubFactory(DeskFactory)
    care = attitude = fees = environment = ethos = recommend = 100
    submitted_at = factory.LazyFunction(timezone.now)
    recorded_by = factory.SubFactory(UserFactory)


class ImprovementPlanFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ImprovementPlan

    dimension = FeedbackDimension.FEES
    period_start = factory.LazyFunction(lambda: timezone.localdate() - dt.timedelta(days=30))
    period_end = factory.LazyFunction(timezone.localdate)
    desk = factory.SubFactory(DeskFactory)
    average = 80
    note = "收费项目在缴费处张贴说明。"
    due_on = factory.LazyFunction(lambda: timezone.localdate() + dt.timedelta(days=30))
    created_at = factory.LazyFunction(timezone.now)
    created_by = factory.SubFactory(UserFactory)
