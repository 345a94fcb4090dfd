"""The access log: every read of a person's record leaves who, when, from where and what.

Views call `log_access(request, obj, kind=...)` once per page, export, lookup or PDF that shows a
person's data; the admin's `LogReadsMixin` calls it for change and history pages. Rows are only
ever added (see `AccessLog`); the one change ever made to them is `access_log_scrub`, when the
person read is anonymised: the entry stays (who read, when, what kind of record), the label that
named the person goes.
"""

from collections import defaultdict
from collections.abc import Iterable

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import F, Value
from django.db.models.functions import Concat
from django.http import HttpRequest

from .models import AccessLog

Kind = AccessLog.Kind

_LABEL_MAX = AccessLog._meta.get_field("label").max_length or 200
_PATH_MAX = AccessLog._meta.get_field("path").max_length or 300


def client_ip(request: HttpRequest) -> str | None:
    """Return the address of the device that made the request.

    Behind the hospital's TLS proxy (BEHIND_TLS_PROXY) REMOTE_ADDR is the proxy; the proxy appends
    the client's address as the last entry of X-Forwarded-For, and only that entry is trusted
    (a client can write anything in the entries before it).
    """
    if settings.BEHIND_TLS_PROXY:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        last = forwarded.split(",")[-1].strip()
        if last:
            return last
    return request.META.get("REMOTE_ADDR") or None


def log_access(
    request: HttpRequest, obj_or_label: models.Model | str, *, kind: str = Kind.VIEW
) -> AccessLog:
    """Record that the user of `request` read `obj_or_label` (a record, or a short label).

    Pass a record when there is one, so the log can be filtered by it; pass a label for reads
    that have no single record (a phone lookup: "phone …1234", an export: "complaints 2026-05").
    A label should not itself carry the data it protects (mask phone numbers).
    """
    if kind not in Kind.values:
        raise ValueError(f"Unknown access kind {kind!r}; use one of {Kind.values}.")
    user = getattr(request, "user", None)
    authenticated = bool(user is not None and user.is_authenticated)
    entry = AccessLog(
        user=user if authenticated else None,
        username=user.get_username() if authenticated and user is not None else "",
        ip=client_ip(request),
        kind=kind,
        # The address without its query: a lookup's query holds the very phone number or name
        # the label masks (?phone=, ?find=, the admin's search kept in _changelist_filters).
        path=request.path[:_PATH_MAX],
    )
    if isinstance(obj_or_label, models.Model):
        entry.content_type = ContentType.objects.get_for_model(
            obj_or_label, for_concrete_model=False
        )
        entry.object_id = str(obj_or_label.pk)
        entry.label = str(obj_or_label)[:_LABEL_MAX]
    else:
        entry.label = str(obj_or_label)[:_LABEL_MAX]
    entry.save()
    return entry


def access_log_scrub(rows: Iterable[models.Model]) -> int:
    """Replace the label of every entry about these records with the record's kind and number.

    A label is the record as it read when it was opened (a visitor's name, a loan's borrower,
    the first words of a note); after anonymisation it would still name the person. Return how
    many entries changed.
    """
    ids: defaultdict[type[models.Model], set[str]] = defaultdict(set)
    for row in rows:
        ids[type(row)].add(str(row.pk))
    changed = 0
    for model, pks in ids.items():
        content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
        neutral = Concat(Value(f"{model._meta.verbose_name} #"), F("object_id"))
        changed += AccessLog.objects.filter(content_type=content_type, object_id__in=pks).update(
            label=neutral
        )
    return changed
