from django.urls import path

from . import views

app_name = "hall"

urlpatterns = [
    path("calls/", views.calls, name="calls"),
    path("calls/next/", views.calls_next, name="call_next"),
    path("visits/<int:pk>/call-again/", views.visit_call_again, name="call_again"),
    path("visits/<int:pk>/ticket/", views.visit_ticket, name="ticket"),
    path("display/<str:token>/", views.display, name="display"),
    path("display/<str:token>/state/", views.display_state_view, name="display_state"),
]
