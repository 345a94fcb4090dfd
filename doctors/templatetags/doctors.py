"""`{% doctors_of department as doctors %}`: whom a handoff may name, with today's first."""

from typing import Any

from django import template
from django.utils import timezone

from doctors.models import Doctor, HalfDay

register = template.Library()


@register.simple_tag
def doctors_of(department: Any) -> list[Doctor]:
    """Return the department's doctors in the directory, those holding clinic now first."""
    if department is None:
        return []
    now = timezone.localtime()
    half_day = HalfDay.MORNING if now.hour < 12 else HalfDay.AFTERNOON
    doctors = list(
        Doctor.objects.active()
        .filter(department=department)
        .prefetch_related("specialities", "sessions")
    )
    for doctor in doctors:
        doctor.in_clinic_now = any(  # type: ignore[attr-defined]
            s.weekday == now.weekday() and s.half_day == half_day for s in doctor.sessions.all()
        )
    doctors.sort(key=lambda d: (not d.in_clinic_now, d.name))  # type: ignore[attr-defined]
    return doctors
