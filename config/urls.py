from django.contrib import admin
from django.urls import include, path
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _
from django.views.i18n import set_language

from hospital.localized import hospital_name

# The admin says whose it is: the hospital's own name when it is configured.
admin.site.site_header = lazy(hospital_name, str)()
admin.site.site_title = _("Front Desk")
admin.site.index_title = _("Administration")
# The complaint changelist is the admin's busiest page: its addresses are tried first.
admin.site.first = ("complaints.complaint",)  # type: ignore[attr-defined]

urlpatterns = [
    # First: Django tries the patterns in order, and the two includes at "" below hold 26 that
    # every admin request would try (and fail) first. No other address starts with admin/.
    path("admin/", admin.site.urls),
    path("", include("hospital.urls")),
    path("reception/", include("reception.urls")),
    path("triage/", include("triage.urls")),
    path("handover/", include("handover.urls")),
    path("complaints/", include("complaints.urls")),
    path("alerts/", include("alerts.urls")),
    path("hall/", include("hall.urls")),
    path("doctors/", include("doctors.urls")),
    path("aftercare/", include("aftercare.urls")),
    path("s/", include("selfservice.urls")),
    path("", include("overview.urls")),
    path("i18n/setlang/", set_language, name="set_language"),
]

# The friendly error pages: 403 and 404 render the templates of those names through Django's
# defaults; 500 must render even when the database is what failed.
handler500 = "hospital.views.server_error"
