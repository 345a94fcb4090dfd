from django.urls import path

from . import views

app_name = "selfservice"

# c/, v/ and q/ take a visitor's unguessable token and need no login; slip/ is the guide's.
urlpatterns = [
    path("c/<str:token>/", views.complaint_status, name="complaint"),
    path("v/<str:token>/", views.survey, name="survey"),
    path("q/<str:token>/", views.visit_status, name="visit_status"),
    path("slip/<int:pk>/", views.survey_slip, name="survey_slip"),
]
