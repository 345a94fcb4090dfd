"""The project's URLs plus one view that fails, to see the 500 page a person would get."""

from django.http import HttpRequest, HttpResponse
from django.urls import include, path


def fail(request: HttpRequest) -> HttpResponse:
    raise RuntimeError("a bug")


urlpatterns = [path("failing/", fail), path("", include("config.urls"))]
handler500 = "hospital.views.server_error"
