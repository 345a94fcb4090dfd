"""One factory per alerts model."""

import factory
from django.utils import timezone

from alerts.models import Alert, Channel, Delivery, Kind, Level, OutboxMessage
from tests.hospital.factories import UserFactory


class AlertFactory(factory.django.DjangoModelFactory):
    """An open alert about nothing in particular: tests of the bell and the page."""

    class Meta:
        model = Alert

    kind = Kind.ESCALATION_OPENED
    level = Level.URGENT
    dedup_key = factory.Sequence(lambda n: f"test:{n}")
    subject = factory.Sequence(lambda n: f"访客 #{n}")
    raised_at = factory.LazyFunction(timezone.now)


class DeliveryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Delivery

    alert = factory.SubFactory(AlertFactory)
    user = factory.SubFactory(UserFactory)
    level = factory.SelfAttribute("alert.level")


class ChannelFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Channel

    name = factory.Sequence(lambda n: f"值班群 {n}")
    type = Channel.Type.WEBHOOK
    url = "http://127.0.0.1:9/hook"
    secret = "s3cret-for-tests"
    min_level = Level.URGENT


class OutboxMessageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = OutboxMessage

    alert = factory.SubFactory(AlertFactory)
    channel = factory.SubFactory(ChannelFactory)
