from django.contrib.auth import views as auth_views
from django.urls import path

from . import views

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("accounts/login/", views.login, name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path(
        "accounts/password/",
        auth_views.PasswordChangeView.as_view(
            template_name="registration/password_change_form.html"
        ),
        name="password_change",
    ),
    path(
        "accounts/password/done/",
        auth_views.PasswordChangeDoneView.as_view(
            template_name="registration/password_change_done.html"
        ),
        name="password_change_done",
    ),
    path("accounts/session/", views.session_keepalive, name="session_keepalive"),
    path("accounts/locked/", views.session_locked, name="session_locked"),
    path("accounts/pin/", views.pin_settings, name="pin_settings"),
    path("accounts/two-step/", views.otp_verify, name="otp_verify"),
    path("accounts/two-step/setup/", views.otp_enrol, name="otp_enrol"),
    path("desk/", views.switch_desk, name="switch_desk"),
]
