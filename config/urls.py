from django.contrib import admin
from django.urls import include, path
from django.views.i18n import set_language

admin.site.site_header = admin.site.site_title = "Front Desk"

urlpatterns = [
    path("", include("hospital.urls")),
    path("reception/", include("reception.urls")),
    path("triage/", include("triage.urls")),
    path("handover/", include("handover.urls")),
    path("complaints/", include("complaints.urls")),
    path("", include("overview.urls")),
    path("i18n/setlang/", set_language, name="set_language"),
    path("admin/", admin.site.urls),
]
