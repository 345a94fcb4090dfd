"""Two desks saving complaints at the same moment get distinct reference numbers (PostgreSQL)."""

import threading

import pytest
from django.db import connection

from complaints.models import Complaint
from tests.complaints.factories import make_complaint


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_parallel_intake_gives_unique_consecutive_references(guide, second_guide) -> None:
    barrier = threading.Barrier(2)
    errors: list[BaseException] = []

    def desk(user) -> None:
        try:
            barrier.wait()
            for _ in range(5):
                make_complaint(received_by=user)
        except BaseException as error:  # noqa: BLE001 - reported to the test below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=desk, args=(user,)) for user in (guide, second_guide)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    numbers = sorted(int(ref[-6:]) for ref in Complaint.objects.values_list("reference", flat=True))
    assert numbers == list(range(1, 11))
