"""Fixtures the triage tests share."""

import pytest


@pytest.fixture
def check_revision_every_call(settings) -> None:
    """Make every routing call look at the rules' revision, so an edit is live at once."""
    settings.ROUTING_REVISION_CHECK_SECONDS = 0


@pytest.fixture
def superuser_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("root", "root@example.cn", "pass-for-tests-1")
    client.force_login(user)
    client.cookies["django_language"] = "en"
    return client
