"""One factory per triage model the tests build; urgency levels, routing rules and settings ship
with the migrations, so their factories find the shipped row or add one beside them."""

import factory
from django.utils import timezone

from hospital.models import Department
from reception.models import Urgency
from tests.reception.factories import VisitFactory
from triage.models import Escalation, RoutingRule, TriageDecision, UrgencyLevel
from triage.routing import Reason, Suggestion


class UrgencyLevelFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = UrgencyLevel
        django_get_or_create = ["code"]

    code = Urgency.IV


class RoutingRuleFactory(factory.django.DjangoModelFactory):
    """A department rule beside the shipped ones; `department` defaults to gastroenterology."""

    class Meta:
        model = RoutingRule

    name = factory.Sequence(lambda n: f"extra rule {n}")
    kind = RoutingRule.Kind.DEPARTMENT
    department = factory.LazyFunction(lambda: Department.objects.get(code="GI"))
    phrases = factory.Sequence(lambda n: f"词{n}")


class TriageDecisionFactory(factory.django.DjangoModelFactory):
    """A recorded decision; `triage.services.triage_decide` also updates the visit's summary."""

    class Meta:
        model = TriageDecision

    visit = factory.SubFactory(VisitFactory)
    department = factory.LazyFunction(lambda: Department.objects.get(code="GI"))
    urgency = Urgency.IV
    decided_by = factory.SelfAttribute("visit.logged_by")
    decided_at = factory.LazyFunction(timezone.now)


class EscalationFactory(factory.django.DjangoModelFactory):
    """An open escalation; `triage.services.escalation_open` also turns the visit red."""

    class Meta:
        model = Escalation

    visit = factory.SubFactory(VisitFactory)
    observation = "在候诊区晕倒，面色苍白"
    spotted_by = factory.SelfAttribute("visit.logged_by")
    spotted_at = factory.LazyFunction(timezone.now)


# The routing screen's red-flag suggestion the safety tests offer: chest pain to the ER at I.
CHEST_PAIN_EMERGENCY = Suggestion(
    department="ER",
    urgency="I",
    emergency=True,
    score=1.0,
    reasons=(Reason(rule="red flag: chest pain", matched=("胸痛",), note="Chest pain"),),
)
