from django.urls import path

from . import views, views_inquiries

app_name = "reception"

urlpatterns: list = [
    # issue 3: the walk-in flow
    path("", views.board, name="board"),
    path("walk-in/", views.walkin, name="walkin"),
    path("walk-in/returning/", views.visitor_lookup, name="visitor_lookup"),
    path("visits/<int:pk>/", views.visit_detail, name="visit_detail"),
    path("visits/<int:pk>/left/", views.visit_left, name="visit_left"),
    path("visits/<int:pk>/close/", views.visit_close, name="visit_close"),
    path("department/", views.department_visits, name="department_visits"),
    # end issue 3
    # issue 7: inquiries, callbacks, exit feedback, summary and satisfaction
    path("inquiries/", views_inquiries.inquiry_list, name="inquiry_list"),
    path("inquiries/new/", views_inquiries.inquiry_new, name="inquiry_new"),
    path("inquiries/<int:pk>/", views_inquiries.inquiry_detail, name="inquiry_detail"),
    path("callbacks/", views_inquiries.callback_list, name="callback_list"),
    path("callbacks/<int:pk>/done/", views_inquiries.callback_done, name="callback_done"),
    path("summary/", views_inquiries.summary_daily, name="summary_daily"),
    path("feedback/new/", views_inquiries.feedback_new, name="feedback_new"),
    path("feedback/<int:pk>/", views_inquiries.feedback_thanks, name="feedback_thanks"),
    path("satisfaction/", views_inquiries.satisfaction, name="satisfaction"),
    path("satisfaction.csv", views_inquiries.satisfaction_csv, name="satisfaction_csv"),
    path("satisfaction/plans/", views_inquiries.improvement_plan_new, name="improvement_plan_new"),
    # end issue 7
]
