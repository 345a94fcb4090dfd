"""One factory per aftercare model."""

import datetime as dt
import uuid

import factory
from django.utils import timezone

from aftercare import models
from hospital.models import Department
from tests.hospital.factories import DeskFactory, UserFactory
from tests.reception.factories import InquiryFactory, VisitFactory


class PlanTemplateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.PlanTemplate

    code = factory.Sequence(lambda n: f"plan-{n}")
    name = factory.Sequence(lambda n: f"随访计划{n}")
    name_zh_hant = factory.Sequence(lambda n: f"隨訪計劃{n}")
    name_en = factory.Sequence(lambda n: f"Plan {n}")


class PlanTemplateStepFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.PlanTemplateStep

    template = factory.SubFactory(PlanTemplateFactory)
    offset_days = factory.Sequence(lambda n: n + 1)
    purpose = "回访"
    purpose_zh_hant = "回訪"
    purpose_en = "Call"
    script = "您好，想了解一下您的情况。"
    script_zh_hant = "您好，想了解一下您的情況。"
    script_en = "Hello, how are you?"


def _department() -> Department:
    return Department.objects.get(code="GI")


class FollowUpPlanFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.FollowUpPlan

    template = factory.LazyFunction(lambda: models.PlanTemplate.objects.get(code="health-check"))
    desk = factory.SubFactory(DeskFactory, code="main-hall")
    department = factory.LazyFunction(_department)
    name = factory.Sequence(lambda n: f"随访{n}")
    phone = factory.Sequence(lambda n: f"+86137{n:08d}")
    starts_on = factory.LazyFunction(timezone.localdate)
    started_at = factory.LazyFunction(timezone.now)
    started_by = factory.SubFactory(UserFactory, username="desk-guide")
    form_token = factory.LazyFunction(uuid.uuid4)


class FollowUpStepFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.FollowUpStep

    plan = factory.SubFactory(FollowUpPlanFactory)
    number = factory.Sequence(lambda n: n + 1)
    offset_days = 7
    due_on = factory.LazyFunction(timezone.localdate)
    purpose = "一周回访"
    purpose_zh_hant = "一週回訪"
    purpose_en = "One week"
    script = "您好，想了解一下您现在感觉怎么样？"
    script_zh_hant = "您好，想了解一下您現在感覺怎麼樣？"
    script_en = "Hello, how are you feeling now?"


class ConfirmationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Confirmation

    inquiry = factory.SubFactory(
        InquiryFactory,
        expected_visit_on=factory.LazyFunction(lambda: timezone.localdate() + dt.timedelta(days=1)),
    )
    desk = factory.LazyAttribute(lambda o: o.inquiry.desk)
    expected_on = factory.LazyAttribute(lambda o: o.inquiry.expected_visit_on)
    result = models.Confirmation.Result.CONFIRMED
    called_at = factory.LazyFunction(timezone.now)
    called_by = factory.SubFactory(UserFactory, username="desk-guide")


class AdmissionHelpFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.AdmissionHelp

    visit = factory.SubFactory(VisitFactory, purpose="admission")
    documents_checked = True
    escorted_to_admissions = True
    recorded_at = factory.LazyFunction(timezone.now)
    recorded_by = factory.SubFactory(UserFactory, username="desk-guide")
    form_token = factory.LazyFunction(uuid.uuid4)


class DischargeSendOffFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.DischargeSendOff

    desk = factory.SubFactory(DeskFactory, code="main-hall")
    source = models.DischargeSendOff.Source.WARD_CALL
    ward = factory.LazyFunction(_department)
    patient_name = factory.Sequence(lambda n: f"出院{n}")
    phone = factory.Sequence(lambda n: f"+86136{n:08d}")
    guidance_given = True
    card_given = True
    recorded_at = factory.LazyFunction(timezone.now)
    recorded_by = factory.SubFactory(UserFactory, username="desk-guide")
    form_token = factory.LazyFunction(uuid.uuid4)
