from django.urls import path

from . import views

app_name = "triage"

urlpatterns = [
    path("visits/<int:pk>/route/", views.route, name="route"),
    path("visits/<int:pk>/escalate/", views.escalate, name="escalate"),
    path("escalations/<int:pk>/", views.escalation_detail, name="escalation"),
    path("escalations/<int:pk>/spotted/", views.escalation_spotted, name="escalation_spotted"),
    path("escalations/<int:pk>/step/", views.escalation_step, name="escalation_step"),
    path("escalations/<int:pk>/close/", views.escalation_close, name="escalation_close"),
]
