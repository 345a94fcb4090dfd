from django.urls import path

from . import views

app_name = "complaints"

urlpatterns = [
    path("", views.tablet_list, name="list"),
    path("new/", views.intake, name="intake"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/slip/", views.slip, name="slip"),
    path("<int:pk>/<slug:step>/", views.step, name="step"),
    path("report/", views.report, name="report"),
    path("report.csv", views.report_csv, name="report_csv"),
]
