"""One factory per selfservice model: links (to a complaint or a visit's survey), wrong guesses."""

import datetime as dt

import factory
from django.utils import timezone

from selfservice.models import SURVEY_HOURS, Link, WrongGuess
from tests.complaints.factories import ComplaintFactory
from tests.hospital.factories import DeskFactory, UserFactory
from tests.reception.factories import VisitFactory


class LinkFactory(factory.django.DjangoModelFactory):
    """A complaint's link; `LinkFactory(survey=True)` for a visit's exit survey."""

    class Meta:
        model = Link

    class Params:
        survey = factory.Trait(
            purpose=Link.Purpose.SURVEY,
            visit=factory.SubFactory(VisitFactory),
            desk=factory.SelfAttribute("visit.desk"),
            complaint=None,
            created_by=factory.SelfAttribute("visit.logged_by"),
            expires_at=factory.LazyAttribute(
                lambda o: o.visit.arrived_at + dt.timedelta(hours=SURVEY_HOURS)
            ),
        )

    purpose = Link.Purpose.COMPLAINT
    desk = factory.SubFactory(DeskFactory)
    complaint = factory.SubFactory(ComplaintFactory, desk=factory.SelfAttribute("..desk"))
    created_by = factory.SubFactory(UserFactory)


class WrongGuessFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = WrongGuess

    link = factory.SubFactory(LinkFactory)
    ip = "203.0.113.7"
    at = factory.LazyFunction(timezone.now)
