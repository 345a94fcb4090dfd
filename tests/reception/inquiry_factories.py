"""Factories for inquiries and exit feedback (visits and visitors come from factories.py)."""

import datetime as dt

import factory
from django.utils import timezone

from reception.models import Feedback, Inquiry
from tests.hospital.factories import DeskFactory, UserFactory


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    """Return an aware datetime in hospital time."""
    return timezone.make_aware(dt.datetime.combine(day, dt.time(hour, minute)))


class InquiryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Inquiry

    desk = factory.SubFactory(DeskFactory)
    channel = Inquiry.Channel.PHONE_IN
    phone = factory.Sequence(lambda n: f"138{n:08d}")
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
