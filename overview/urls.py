from django.urls import path  # noqa: F401

from .views import board, daily_sheet, homes, privacy, supervisor, visits, walkin

app_name = "overview"

urlpatterns: list = [
    path("", homes.home, name="home"),
    # The board, the walk-in screen and the visit page keep reception's paths.
    path("reception/", board.board, name="board"),
    path("reception/walk-in/", walkin.walkin, name="walkin"),
    path("reception/visits/<int:pk>/", visits.visit_detail, name="visit_detail"),
    path("reception/visits/<int:pk>/actions/", visits.visit_actions, name="visit_actions"),
    path(
        "reception/visits/<int:pk>/confirm/<slug:action>/",
        visits.visit_confirm,
        name="visit_confirm",
    ),
    path("reception/visits/<int:pk>/undo/", visits.visit_undo, name="visit_undo"),
    path("reception/feedback/<int:pk>/", visits.feedback_thanks, name="feedback_thanks"),
    # The supervisor's pages keep handover's paths.
    path("handover/supervisor/", supervisor.supervisor_home, name="supervisor_home"),
    path("handover/daily/", daily_sheet.daily_sheet, name="daily_sheet"),
    path("handover/daily.pdf", daily_sheet.daily_sheet_pdf, name="daily_sheet_pdf"),
    path("handover/daily/countersign/", daily_sheet.daily_countersign, name="daily_countersign"),
    # A person's data (PIPL): administrators only.
    path("privacy/person/", privacy.privacy_person, name="privacy_person"),
    path("privacy/person.json", privacy.privacy_export, name="privacy_export"),
    path("privacy/anonymise/", privacy.privacy_anonymise, name="privacy_anonymise"),
]
