from django.contrib.auth import views as auth_views
from django.urls import path
from items import views

urlpatterns = [
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("items/", views.item_list, name="item_list"),
    path("items/new/", views.item_new, name="item_new"),
    path("healthz", views.healthz, name="healthz"),
]
