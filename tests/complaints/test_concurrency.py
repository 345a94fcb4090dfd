"""Two desks saving complaints at the same moment get distinct reference numbers (PostgreSQL)."""

import pytest

from complaints.models import Complaint
from tests.complaints.factories import make_complaint
from tests.races import race


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_parallel_intake_gives_unique_consecutive_references(guide, second_guide) -> None:
    def desk(user) -> None:
        for _ in range(5):
            make_complaint(received_by=user)

    results = race(lambda: desk(guide), lambda: desk(second_guide))
    assert not [r for r in results if isinstance(r, BaseException)], results
    numbers = sorted(int(ref[-6:]) for ref in Complaint.objects.values_list("reference", flat=True))
    assert numbers == list(range(1, 11))
