"""The complaint changelist's rows, written by ComplaintAdmin.result_rows in one pass."""

from typing import Any

from django import template
from django.contrib.admin.templatetags.admin_list import (
    result_headers,
    result_hidden_fields,
    result_list,
)
from django.contrib.admin.views.main import ChangeList

from complaints.admin import ComplaintAdmin

register = template.Library()


@register.inclusion_tag("admin/change_list_results.html")
def complaint_result_list(cl: ChangeList) -> dict[str, Any]:
    """Return Django's `result_list` context with each row one piece of HTML.

    Usage: `{% load complaints_admin %}{% complaint_result_list cl %}` in place of
    `{% result_list cl %}`; Django's own rows when the admin cannot write them (a pop-up).
    """
    admin = cl.model_admin
    rows = admin.result_rows(cl) if isinstance(admin, ComplaintAdmin) else None
    if rows is None:
        return result_list(cl)
    headers = list(result_headers(cl))
    return {
        "cl": cl,
        "result_hidden_fields": list(result_hidden_fields(cl)),
        "result_headers": headers,
        "num_sorted_fields": sum(1 for h in headers if h["sortable"] and h["sorted"]),
        # Django's template writes each row's items between <tr> and </tr>: one item a row.
        "results": [[row] for row in rows],
    }
