from django.urls import path

from .views import confirmations, discharge, plans, reports

app_name = "aftercare"

urlpatterns = [
    path("plans/", plans.plan_list, name="plan_list"),
    path("plans/new/", plans.plan_start, name="plan_start"),
    path("plans/<int:pk>/", plans.plan_detail, name="plan_detail"),
    path("plans/<int:pk>/stop/", plans.plan_stop, name="plan_stop"),
    path("steps/<int:pk>/done/", plans.step_done, name="step_done"),
    path("confirmations/<int:pk>/", confirmations.confirmation_done, name="confirmation_done"),
    path("visits/<int:pk>/admission/", discharge.admission, name="admission"),
    path("send-offs/", discharge.send_off_list, name="send_off_list"),
    path("send-offs/new/", discharge.send_off_new, name="send_off_new"),
    path("send-offs/<int:pk>/", discharge.send_off_detail, name="send_off_detail"),
    path("send-offs/<int:pk>/card/", discharge.send_off_card, name="send_off_card"),
    path("report/", reports.follow_up_report_view, name="report"),
]
