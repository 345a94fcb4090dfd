from django.urls import path

from .views import feedback, inquiries, kiosk, visits

app_name = "reception"

# The board ("" here), the walk-in screen, the visit page and the feedback thanks page compose
# several stages: they are the top floor's (overview), under the same paths.
urlpatterns = [
    path("walk-in/returning/", visits.visitor_lookup, name="visitor_lookup"),
    path("visits/<int:pk>/left/", visits.visit_left, name="visit_left"),
    path("visits/<int:pk>/close/", visits.visit_close, name="visit_close"),
    path("department/", visits.department_visits, name="department_visits"),
    path("inquiries/", inquiries.inquiry_list, name="inquiry_list"),
    path("inquiries/new/", inquiries.inquiry_new, name="inquiry_new"),
    path("inquiries/<int:pk>/", inquiries.inquiry_detail, name="inquiry_detail"),
    path("callbacks/", inquiries.callback_list, name="callback_list"),
    path("callbacks/<int:pk>/done/", inquiries.callback_done, name="callback_done"),
    path("summary/", inquiries.summary_daily, name="summary_daily"),
    path("feedback/new/", feedback.feedback_new, name="feedback_new"),
    path("kiosk/start/", kiosk.kiosk_start, name="kiosk_start"),
    path("kiosk/feedback/", kiosk.kiosk_feedback, name="kiosk_feedback"),
    path("kiosk/thanks/", kiosk.kiosk_done, name="kiosk_done"),
    path("kiosk/unlock/", kiosk.kiosk_unlock, name="kiosk_unlock"),
    path("satisfaction/", feedback.satisfaction, name="satisfaction"),
    path("satisfaction.csv", feedback.satisfaction_csv, name="satisfaction_csv"),
    path("satisfaction/plans/", feedback.improvement_plan_new, name="improvement_plan_new"),
]
