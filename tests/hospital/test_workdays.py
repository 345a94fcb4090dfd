"""Working days: public holidays, make-up Saturdays, the admin's entries and uncovered years."""

import datetime as dt
from io import StringIO
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command

from hospital import workdays
from hospital.models import CalendarDay
from hospital.workdays import add_working_days, is_working_day

SHANGHAI = ZoneInfo("Asia/Shanghai")


def at(y: int, m: int, d: int, hour: int = 10, minute: int = 0) -> dt.datetime:
    return dt.datetime(y, m, d, hour, minute, tzinfo=SHANGHAI)


def end_of(y: int, m: int, d: int) -> dt.datetime:
    return dt.datetime.combine(dt.date(y, m, d), dt.time.max, tzinfo=SHANGHAI)


@pytest.fixture(autouse=True)
def _fresh_calendar_cache():
    workdays.clear_cache()
    yield
    workdays.clear_cache()


@pytest.mark.django_db
def test_make_up_saturdays_of_national_day_2025_are_working_days() -> None:
    assert is_working_day(dt.date(2025, 9, 28))  # Sunday, make-up working day
    assert is_working_day(dt.date(2025, 10, 11))  # Saturday, make-up working day
    assert not is_working_day(dt.date(2025, 10, 1))
    assert not is_working_day(dt.date(2025, 10, 8))
    assert is_working_day(dt.date(2025, 10, 9))


@pytest.mark.django_db
def test_national_day_2025_deadlines_skip_the_holiday_and_count_the_make_up_days() -> None:
    # Friday 26 September: Sunday 28th is a make-up working day.
    assert add_working_days(at(2025, 9, 26, 15), 1) == end_of(2025, 9, 28)
    # Tuesday 30 September: 1–8 October are holidays, 9 October is the next working day.
    assert add_working_days(at(2025, 9, 30, 16), 1) == end_of(2025, 10, 9)
    assert add_working_days(at(2025, 9, 30, 16), 3) == end_of(2025, 10, 11)  # make-up Saturday
    # Received on the holiday: counted like the working day before it.
    assert add_working_days(at(2025, 10, 3), 1) == end_of(2025, 10, 9)
    assert add_working_days(at(2025, 10, 3), 3) == end_of(2025, 10, 11)


@pytest.mark.django_db
def test_weekend_receipt_is_due_by_the_end_of_monday() -> None:
    assert add_working_days(at(2026, 3, 14), 1) == end_of(2026, 3, 16)  # Saturday → Monday
    assert add_working_days(at(2026, 3, 13, 23, 30), 1) == end_of(2026, 3, 16)  # Friday night


@pytest.mark.django_db
def test_zero_days_is_the_end_of_today_or_of_the_next_working_day() -> None:
    assert add_working_days(at(2026, 3, 12), 0) == end_of(2026, 3, 12)
    assert add_working_days(at(2026, 3, 14), 0) == end_of(2026, 3, 16)


@pytest.mark.django_db
def test_a_utc_time_is_counted_on_the_hospital_calendar_day() -> None:
    # 17:00 UTC on Friday is 01:00 on Saturday in Shanghai.
    friday_utc = dt.datetime(2026, 3, 13, 17, 0, tzinfo=dt.UTC)
    assert add_working_days(friday_utc, 1) == end_of(2026, 3, 16)


@pytest.mark.django_db
def test_admin_closure_and_extra_working_day_override_the_package() -> None:
    CalendarDay.objects.create(date=dt.date(2026, 3, 16), kind=CalendarDay.Kind.CLOSURE)
    CalendarDay.objects.create(date=dt.date(2026, 3, 14), kind=CalendarDay.Kind.WORKING_DAY)
    assert is_working_day(dt.date(2026, 3, 14))
    assert not is_working_day(dt.date(2026, 3, 16))
    assert add_working_days(at(2026, 3, 13), 1) == end_of(2026, 3, 14)
    assert add_working_days(at(2026, 3, 14), 1) == end_of(2026, 3, 17)


@pytest.mark.django_db
def test_calendar_is_read_once_per_process_not_once_per_call(django_assert_num_queries) -> None:
    workdays.clear_cache()
    with django_assert_num_queries(1):
        for day in range(1, 29):
            add_working_days(at(2026, 2, day), 3)


@pytest.mark.django_db
def test_uncovered_year_falls_back_to_monday_to_friday_plus_admin_entries() -> None:
    assert not workdays.package_covers(2099)
    assert is_working_day(dt.date(2099, 1, 2))  # a Friday
    assert not is_working_day(dt.date(2099, 1, 3))  # a Saturday
    CalendarDay.objects.create(date=dt.date(2099, 1, 2), kind=CalendarDay.Kind.CLOSURE)
    assert not is_working_day(dt.date(2099, 1, 2))
    assert add_working_days(at(2099, 1, 1), 1) == end_of(2099, 1, 5)


@pytest.mark.django_db
def test_uncovered_year_warns_administrators_until_its_holidays_are_entered(monkeypatch) -> None:
    monkeypatch.setattr(workdays, "years_to_watch", lambda today=None: [2099])
    messages = workdays.check_calendar_coverage()
    assert [m.id for m in messages] == ["hospital.W001"]
    assert "2099" in messages[0].msg
    assert "2099" in workdays.coverage_warning()
    CalendarDay.objects.create(date=dt.date(2099, 10, 1), kind=CalendarDay.Kind.CLOSURE)
    assert workdays.check_calendar_coverage() == []
    assert workdays.coverage_warning() == ""


def test_next_year_uncovered_in_december_is_news_not_a_warning(monkeypatch) -> None:
    monkeypatch.setattr(workdays, "years_to_watch", lambda today=None: [2026, 2099])
    monkeypatch.setattr(workdays, "_entries", dict)
    messages = workdays.check_calendar_coverage()
    assert [m.id for m in messages] == ["hospital.I001"]
    assert "2099" in messages[0].msg


def test_next_year_is_watched_from_december() -> None:
    assert workdays.years_to_watch(dt.date(2026, 11, 30)) == [2026]
    assert workdays.years_to_watch(dt.date(2026, 12, 1)) == [2026, 2027]


@pytest.mark.django_db
def test_admin_calendar_list_shows_the_coverage_warning(admin_client_user, monkeypatch) -> None:
    monkeypatch.setattr(workdays, "years_to_watch", lambda today=None: [2099])
    response = admin_client_user.get("/admin/hospital/calendarday/")
    assert response.status_code == 200
    assert "2099" in response.content.decode()


def test_bad_arguments_are_refused() -> None:
    with pytest.raises(ValueError):
        add_working_days(at(2026, 3, 12), -1)
    with pytest.raises(ValueError):
        add_working_days(dt.datetime(2026, 3, 12, 10), 1)


@pytest.mark.django_db
def test_system_check_command_runs_with_the_calendar_check(monkeypatch) -> None:
    monkeypatch.setattr(workdays, "years_to_watch", lambda today=None: [2099])
    out, err = StringIO(), StringIO()
    call_command("check", stdout=out, stderr=err)
    assert "hospital.W001" in out.getvalue() + err.getvalue()


@pytest.mark.django_db
def test_closure_entered_in_the_admin_counts_at_once(admin_client_user) -> None:
    assert is_working_day(dt.date(2026, 3, 16))  # read (and cached) before the entry
    response = admin_client_user.post(
        "/admin/hospital/calendarday/add/",
        {"date": "2026-03-16", "kind": "closure", "note": "院庆停诊"},
    )
    assert response.status_code == 302
    assert not is_working_day(dt.date(2026, 3, 16))
    assert CalendarDay.objects.get().history.count() == 1


@pytest.mark.django_db
def test_guide_cannot_open_the_calendar_admin(guide_client) -> None:
    response = guide_client.get("/admin/hospital/calendarday/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


@pytest.mark.django_db
def test_a_bulk_delete_counts_at_once(admin_client_user) -> None:
    closures = [
        CalendarDay.objects.create(date=dt.date(2026, 3, day), kind=CalendarDay.Kind.CLOSURE)
        for day in (16, 17)
    ]
    assert not is_working_day(dt.date(2026, 3, 16))  # read (and cached) with the closures
    response = admin_client_user.post(
        "/admin/hospital/calendarday/",
        {
            "action": "delete_selected",
            "_selected_action": [c.pk for c in closures],
            "post": "yes",
        },
    )
    assert response.status_code == 302
    assert not CalendarDay.objects.exists()
    assert is_working_day(dt.date(2026, 3, 16)) and is_working_day(dt.date(2026, 3, 17))


@pytest.mark.django_db
def test_a_closure_saved_in_code_counts_at_once() -> None:
    assert is_working_day(dt.date(2026, 3, 18))
    day = CalendarDay.objects.create(date=dt.date(2026, 3, 18), kind=CalendarDay.Kind.CLOSURE)
    assert not is_working_day(dt.date(2026, 3, 18))
    day.delete()
    assert is_working_day(dt.date(2026, 3, 18))


@pytest.mark.django_db
def test_the_check_judges_from_the_injected_day(monkeypatch) -> None:
    monkeypatch.setattr(workdays, "package_covers", lambda year: year < 2027)
    monkeypatch.setenv("FRONTDESK_TODAY", "2027-01-04")
    messages = workdays.check_calendar_coverage()
    assert [m.id for m in messages] == ["hospital.W001"] and "2027" in messages[0].msg
    monkeypatch.setenv("FRONTDESK_TODAY", "2026-06-15")
    assert workdays.check_calendar_coverage() == []


@pytest.mark.django_db
def test_without_an_injected_day_administrators_are_warned_on_the_real_date(monkeypatch) -> None:
    monkeypatch.delenv("FRONTDESK_TODAY", raising=False)
    monkeypatch.setattr(workdays, "package_covers", lambda year: year < 2027)
    monkeypatch.setattr(workdays.timezone, "localdate", lambda *a: dt.date(2027, 1, 1))
    messages = workdays.check_calendar_coverage()
    assert [m.id for m in messages] == ["hospital.W001"] and "2027" in messages[0].msg
    assert "2027" in workdays.coverage_warning()


def test_a_badly_written_injected_day_is_a_check_error(monkeypatch) -> None:
    monkeypatch.setenv("FRONTDESK_TODAY", "4 January")
    (message,) = workdays.check_calendar_coverage()
    assert message.id == "hospital.E001" and "FRONTDESK_TODAY" in message.msg
