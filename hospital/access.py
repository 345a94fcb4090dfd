"""The access log: every read of a person's record leaves who, when, from where and what.

Views call `log_access(request, obj, kind=...)` once per page, export, lookup or PDF that shows a
person's data; the admin's `LogReadsMixin` calls it for change and history pages. Rows are only
ever added (see `AccessLog`).
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
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
        path=request.get_full_path()[:_PATH_MAX],
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
