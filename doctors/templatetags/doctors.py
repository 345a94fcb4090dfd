"""`{% doctors_of department as doctors %}`: whom a handoff may name, those in clinic now first."""

from typing import Any

from django import template
from django.utils import timezone

from doctors.models import Doctor, HalfDay

register = template.Library()


@register.simple_tag(takes_context=True)
def doctors_of(context: template.Context, department: Any) -> list[Doctor]:
    """Return the department's doctors this person may read, those holding clinic now first."""
    request = context.get("request")
    if department is None or request is None:
        return []
    now = timezone.localtime()
    half_day = HalfDay.MORNING if now.hour < 12 else HalfDay.AFTERNOON
    doctors = list(
        Doctor.objects.visible_to(request.user)
        .active()
        .filter(department=department)
        .prefetch_related("specialities", "sessions")
    )
    for doctor in doctors:
        doctor.in_clinic_now = any(  # type: ignore[attr-defined]
            s.weekday == now.weekday() and s.half_day == half_day for s in doctor.sessions.all()
        )
    doctors.sort(key=lambda d: (not d.in_clinic_now, d.name))  # type: ignore[attr-defined]
    return doctors
