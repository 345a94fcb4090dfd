"""The doctor directory on the guide's tablet, and the doctors' photos."""

from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from hospital.roles import Role, role_required

from .directory import find_doctors
from .forms import DirectorySearchForm, when_grid
from .models import Doctor, HalfDay, Speciality

# Who may look a doctor up: everyone who introduces or receives visitors.
READERS = (Role.GUIDE, Role.SUPERVISOR, Role.DEPARTMENT_MANAGER)


@require_GET
@role_required(*READERS)
def directory(request: HttpRequest) -> HttpResponse:
    """Find who sees what was said, on which half-day: "knee pain", Thursday afternoon."""
    form = DirectorySearchForm(request.GET)
    result = None
    selected = None
    status = 200
    if form.is_valid():
        selected = form.cleaned_data["when"]
        result = find_doctors(form.search(), Doctor.objects.visible_to(request.user))
    else:
        status = 400
    return render(
        request,
        "doctors/directory.html",
        {
            "form": form,
            "result": result,
            "grid": when_grid(selected),
            "specialities": Speciality.objects.filter(
                doctors__in=Doctor.objects.visible_to(request.user).active()
            ).distinct(),
            "half_days": dict(HalfDay.choices),
        },
        status=status,
    )


@require_GET
@role_required(*READERS)
def photo(request: HttpRequest, pk: int) -> HttpResponseBase:
    """Send a doctor's photo to staff who may read the doctor (photos are not public files)."""
    doctor = get_object_or_404(Doctor.objects.visible_to(request.user), pk=pk)
    if not doctor.photo:
        raise Http404
    try:
        handle = doctor.photo.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(handle)
    response["Cache-Control"] = "private, max-age=3600"
    return response
