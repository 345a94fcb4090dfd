"""A paginator that never counts a whole large table."""

from django.core.paginator import Paginator
from django.utils.functional import cached_property

# Nobody pages past 200 pages of 50; beyond this the list says "10,000 or more" and stops counting.
COUNT_CAP = 10_000


class BoundedCountPaginator(Paginator):
    """Count at most COUNT_CAP + 1 rows: `SELECT COUNT(*) FROM (… LIMIT 10001)`.

    Django's admin counts the filtered list on every page; at 100,000 complaints that is a scan
    of the table each time. A search or filter that matches fewer rows is counted exactly.
    """

    @cached_property
    def count(self) -> int:
        if not hasattr(self.object_list, "order_by"):
            return len(self.object_list)
        # Without the ordering and the columns: the database counts ids, no sort of wide rows.
        return self.object_list.order_by().values("pk")[: COUNT_CAP + 1].count()

    @property
    def capped(self) -> bool:
        return self.count > COUNT_CAP
