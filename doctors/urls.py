from django.urls import path

from . import views

app_name = "doctors"

urlpatterns = [
    path("", views.directory, name="directory"),
    path("<int:pk>/photo/", views.photo, name="photo"),
]
