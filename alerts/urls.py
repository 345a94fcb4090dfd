from django.urls import path

from . import views

app_name = "alerts"

urlpatterns = [
    path("", views.alert_list, name="list"),
    path("poll/", views.alert_poll, name="poll"),
    path("<int:pk>/acknowledge/", views.alert_acknowledge_view, name="acknowledge"),
]
