"""Demo data: idempotent plain demo, and volume mode adding complaints in bulk."""

import io

import pytest
from django.core.management.color import no_style

from complaints.models import Complaint
from demo import complaints as demo
from demo import hospital as hospital_demo

pytestmark = pytest.mark.django_db


def _seed(**options) -> str:
    out = io.StringIO()
    hospital_demo.seed(stdout=out, style=no_style())
    defaults = {"days": 0, "visits_per_day": 0, "volume": False}
    demo.seed(stdout=out, style=no_style(), **{**defaults, **options})
    return out.getvalue()


def test_plain_demo_is_idempotent_and_covers_every_state() -> None:
    _seed()
    first = Complaint.objects.count()
    _seed()
    assert Complaint.objects.count() == first == len(demo._DEMO)
    statuses = set(Complaint.objects.values_list("status", flat=True))
    assert statuses == set(Complaint.Status.values)
    assert Complaint.objects.escalated().exists()


def test_volume_mode_adds_complaints_with_departments() -> None:
    _seed(days=3, visits_per_day=180, volume=True)
    bulk = Complaint.objects.filter(description="批量演示投诉")
    assert bulk.count() == 30
    assert not bulk.filter(departments__isnull=True).exists()
    references = list(Complaint.objects.values_list("reference", flat=True))
    assert len(references) == len(set(references))
