from django.urls import path  # noqa: F401

from .views import daily_sheet, supervisor

app_name = "overview"

urlpatterns: list = [
    # The supervisor's pages keep handover's paths.
    path("handover/supervisor/", supervisor.supervisor_home, name="supervisor_home"),
    path("handover/daily/", daily_sheet.daily_sheet, name="daily_sheet"),
    path("handover/daily.pdf", daily_sheet.daily_sheet_pdf, name="daily_sheet_pdf"),
    path("handover/daily/countersign/", daily_sheet.daily_countersign, name="daily_countersign"),
]
