"""The admin's shared bases: read-only records, reads that are logged, saves through services.

- `ReadOnlyAdmin` / `ReadOnlyInline`: visits, decisions, escorts, sheets and complaints'
  timelines are written through their services, where the rules are; an edit or a delete in the
  admin would bypass them and the history. Supervisors and managers still open every record and
  its history.
- `LogReadsMixin`: opening a person's record (its change page, its history, one of its versions)
  is written to the access log.
- `ServiceAdminMixin`: the admin saves through a service, and a save the service refuses (a stale
  version, an illegal move) shows only the refusal: no success message, no "changed" log entry.
"""

from typing import Any

from django.contrib import admin, messages
from django.contrib.admin.models import LogEntry
from django.contrib.admin.utils import unquote
from django.core.exceptions import ValidationError
from django.db import models
from django.forms import ModelForm
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from simple_history.admin import SimpleHistoryAdmin

from .access import Kind, log_access

# The refusal of this request's save, kept on the request between save_model and the response.
_REFUSAL = "_front_desk_service_refusal"


class _ChangesNothing:
    """Refuse every change and delete: the record's service is its one write path."""

    def has_change_permission(self, request: HttpRequest, obj: models.Model | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: models.Model | None = None) -> bool:
        return False


class ReadOnlyAdmin(_ChangesNothing, SimpleHistoryAdmin):
    """A model admin that lists and shows records with their history, and changes nothing."""

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False


class ReadOnlyInline(_ChangesNothing, admin.TabularInline):
    """The rows of a record (checklist lines, events) shown under it, unchangeable."""

    extra = 0
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj: models.Model | None = None) -> bool:
        return False


class LogReadsMixin(admin.ModelAdmin):
    """Write an access-log entry for each change, history and history-version page shown.

    Put it first among the bases: `class VisitAdmin(LogReadsMixin, ReadOnlyAdmin)`.
    """

    def _log_read(self, request: HttpRequest, response: HttpResponse, object_id: str) -> None:
        if request.method != "GET" or response.status_code != 200:
            return
        # The change page hands over its object; simple-history's pages render at once.
        context = getattr(response, "context_data", None) or {}
        obj = context.get("original") or self.get_object(request, unquote(object_id))
        if isinstance(obj, models.Model):
            log_access(request, obj, kind=Kind.VIEW)
        else:  # a deleted record's history is still a read of it
            log_access(request, f"{self.opts.verbose_name} {object_id}", kind=Kind.VIEW)

    def change_view(
        self,
        request: HttpRequest,
        object_id: str,
        form_url: str = "",
        extra_context: dict[str, Any] | None = None,
    ) -> HttpResponse:
        response = super().change_view(request, object_id, form_url, extra_context)
        self._log_read(request, response, object_id)
        return response

    def history_view(
        self, request: HttpRequest, object_id: str, extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        response = super().history_view(request, object_id, extra_context)
        self._log_read(request, response, object_id)
        return response

    def history_form_view(
        self, request: HttpRequest, object_id: str, *args: Any, **kwargs: Any
    ) -> HttpResponse:
        # Only SimpleHistoryAdmin has version pages; the mixin sits in front of it.
        response: HttpResponse = super().history_form_view(  # type: ignore[misc]
            request, object_id, *args, **kwargs
        )
        self._log_read(request, response, object_id)
        return response


class ServiceAdminMixin(admin.ModelAdmin):
    """Save through a service; a refused save shows the refusal only and logs nothing.

    Subclasses implement `service_save(request, obj, form, change)` and call their service there
    (the service validates and raises a coded `ValidationError`). Put the mixin first among the
    bases. When the service refuses, the page reloads the record as it now is (for a stale save,
    the other person's version) with the refusal as an error message; no "changed successfully"
    message appears and no entry is written to the admin's log.
    """

    def service_save(self, request: HttpRequest, obj: Any, form: ModelForm, change: bool) -> None:
        raise NotImplementedError("A ServiceAdminMixin admin saves through its service.")

    def refused(self, request: HttpRequest) -> ValidationError | None:
        """Return the service's refusal of this request's save, if it refused."""
        refusal: ValidationError | None = getattr(request, _REFUSAL, None)
        return refusal

    def save_model(self, request: HttpRequest, obj: Any, form: ModelForm, change: bool) -> None:
        try:
            self.service_save(request, obj, form, change)
        except ValidationError as error:
            setattr(request, _REFUSAL, error)

    def save_related(
        self, request: HttpRequest, form: ModelForm, formsets: Any, change: bool
    ) -> None:
        if self.refused(request) is None:
            super().save_related(request, form, formsets, change)

    # Django's stubs promise a LogEntry; a refused save has none to give.
    def log_addition(  # type: ignore[override]
        self, request: HttpRequest, obj: Any, message: Any
    ) -> LogEntry | None:
        if self.refused(request) is not None:
            return None
        return super().log_addition(request, obj, message)

    def log_change(  # type: ignore[override]
        self, request: HttpRequest, obj: Any, message: Any
    ) -> LogEntry | None:
        if self.refused(request) is not None:
            return None
        return super().log_change(request, obj, message)

    def _show_refusal(self, request: HttpRequest, refusal: ValidationError) -> HttpResponse:
        for message in refusal.messages:
            self.message_user(request, message, messages.ERROR)
        # The same page again, read afresh: what is saved now, not what this form wanted.
        return HttpResponseRedirect(request.get_full_path())

    def response_add(
        self, request: HttpRequest, obj: Any, post_url_continue: str | None = None
    ) -> HttpResponse:
        refusal = self.refused(request)
        if refusal is not None:
            return self._show_refusal(request, refusal)
        return super().response_add(request, obj, post_url_continue)

    def response_change(self, request: HttpRequest, obj: Any) -> HttpResponse:
        refusal = self.refused(request)
        if refusal is not None:
            return self._show_refusal(request, refusal)
        return super().response_change(request, obj)
