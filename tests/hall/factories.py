"""One factory per hall model."""

import factory
from django.utils import timezone

from hall.models import Call, Display, Notice, QueuePrefix
from tests.hospital.factories import DepartmentFactory, DeskFactory, UserFactory
from tests.reception.factories import VisitFactory


class QueuePrefixFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = QueuePrefix

    desk = factory.SubFactory(DeskFactory, code="main-hall")
    purpose = ""
    prefix = "A"


class DisplayFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Display

    name = factory.Sequence(lambda n: f"大厅屏 {n}")
    desk = factory.SubFactory(DeskFactory, code="main-hall")
    key = factory.LazyFunction(Display.new_key)


class NoticeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Notice

    text = "请保持安静，留意叫号。"
    text_en = "Please keep quiet and watch for your number."


class CallFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Call

    visit = factory.SubFactory(VisitFactory)
    desk = factory.LazyAttribute(lambda o: o.visit.desk)
    department = factory.LazyAttribute(lambda o: o.visit.destination or DepartmentFactory())
    first_called_at = factory.LazyFunction(timezone.now)
    called_at = factory.LazyAttribute(lambda o: o.first_called_at)
    called_by = factory.SubFactory(UserFactory, username="desk-guide")
