"""The header for shared tablets: a desk switcher, and the visit page hands the tablet over."""

import pytest
from django.urls import reverse

from reception.models import Visit
from tests.reception.factories import VisitFactory

pytestmark = pytest.mark.django_db

HOME = reverse("overview:board")


def test_one_workable_desk_shows_the_desk_without_a_switcher(
    guide_client, desk, other_desk
) -> None:
    html = guide_client.get(HOME).content.decode()
    assert 'id="desk-switch"' not in html
    assert 'id="current-desk"' in html and desk.name in html


def test_more_than_one_workable_desk_shows_the_switcher_in_the_header(
    guide_client, guide, desk, other_desk
) -> None:
    guide.staff_profile.desks.add(other_desk)
    html = guide_client.get(HOME).content.decode()
    header = html[html.index("<header") : html.index("</header>")]
    assert html.count('id="desk-switch"') == 1  # one switcher: the board's own is gone
    assert f'action="{reverse("switch_desk")}"' in header
    assert f'name="next" value="{HOME}"' in header
    assert f'value="{other_desk.pk}"' in header and other_desk.name in header
    assert f'value="{desk.pk}"' in header


def test_an_inactive_desk_is_not_offered(guide_client, guide, desk, other_desk) -> None:
    other_desk.is_active = False
    other_desk.save()
    guide.staff_profile.desks.add(other_desk)
    html = guide_client.get(HOME).content.decode()
    assert 'id="desk-switch"' not in html


def test_the_header_switcher_posts_to_the_desk_view(guide_client, guide, desk, other_desk) -> None:
    guide.staff_profile.desks.add(other_desk)
    response = guide_client.post(reverse("switch_desk"), {"desk": other_desk.pk, "next": HOME})
    assert response.status_code == 302 and response["Location"] == HOME
    html = guide_client.get(HOME).content.decode()
    assert f'<option value="{other_desk.pk}" selected>' in " ".join(html.split())


def test_the_nav_folds_into_a_labelled_menu_button(guide_client) -> None:
    guide_client.cookies["django_language"] = "en"
    html = guide_client.get(HOME).content.decode()
    assert 'data-bs-toggle="collapse"' in html and 'data-bs-target="#fd-main-nav"' in html
    assert 'id="fd-main-nav"' in html and "Menu" in html
    header = html[html.index("<header") : html.index("</header>")]
    assert "style=" not in header and "<script" not in header


def test_the_visit_page_hands_the_tablet_over_to_the_kiosk(guide_client, desk, guide) -> None:
    visit = VisitFactory(desk=desk, logged_by=guide, status=Visit.Status.HANDED_OFF)
    html = guide_client.get(visit.get_absolute_url()).content.decode()
    form = html[html.index('id="visit-feedback"') - 200 :]
    form = form[: form.index("</form>")]
    assert f'action="{reverse("reception:kiosk_start")}"' in form
    assert 'method="post"' in form
    assert f'name="visit" value="{visit.pk}"' in form
    response = guide_client.post(
        reverse("reception:kiosk_start"), {"visit": visit.pk, "next": visit.get_absolute_url()}
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("reception:kiosk_feedback")
