"""The admin reads through each model's one `visible_to(user)`, on every page it has.

`ScopedAdminMixin` (put it before `ReadOnlyAdmin`/`SimpleHistoryAdmin` among the bases) makes the
changelist, the change and delete pages, the actions, the history list and each history version
show only what `Model.objects.visible_to(request.user)` returns: a record outside it is a 404,
whichever page asks. django-simple-history's own pages would otherwise read the history table
directly, and its version page would render every relation as a dropdown of the whole related
table (every visitor in the database). Here a version is shown read-only, relations as raw ids,
and never saved back: a revert would bypass the services where the rules are.
"""

from typing import Any

from django.contrib import admin
from django.contrib.admin import helpers
from django.contrib.admin.utils import unquote
from django.contrib.admin.widgets import ForeignKeyRawIdWidget, ManyToManyRawIdWidget
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.forms import ModelForm
from django.http import Http404, HttpRequest, HttpResponse

# Set on the request while a history version page is being built.
_READING_VERSION = "_front_desk_reading_version"


class ReadOnlyVersionsMixin(admin.ModelAdmin):
    """Show a history version read-only, relations as raw ids; refuse to restore it."""

    def history_form_view(
        self,
        request: HttpRequest,
        object_id: str,
        version_id: str,
        extra_context: dict[str, Any] | None = None,
    ) -> HttpResponse:
        self.check_history_access(request, object_id)
        if request.method != "GET":
            raise PermissionDenied  # a version is read, never restored over the services
        setattr(request, _READING_VERSION, True)
        return super().history_form_view(  # type: ignore[misc]
            request, object_id, version_id, extra_context
        )

    def check_history_access(self, request: HttpRequest, object_id: str) -> None:
        """Raise Http404 when this person may not read the record's versions; all may here."""

    def revert_disabled(self, request: HttpRequest, obj: Any = None) -> bool:
        return True

    def formfield_for_foreignkey(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        if getattr(request, _READING_VERSION, False):
            kwargs["widget"] = ForeignKeyRawIdWidget(
                db_field.remote_field, self.admin_site, using=kwargs.get("using")
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        if getattr(request, _READING_VERSION, False):
            kwargs["widget"] = ManyToManyRawIdWidget(
                db_field.remote_field, self.admin_site, using=kwargs.get("using")
            )
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def get_form(
        self, request: HttpRequest, obj: Any = None, change: bool = False, **kwargs: Any
    ) -> type[ModelForm]:
        form = super().get_form(request, obj, change=change, **kwargs)
        if not getattr(request, _READING_VERSION, False):
            return form

        class VersionForm(form):  # type: ignore[valid-type, misc]
            def __init__(self, *args: Any, **form_kwargs: Any) -> None:
                super().__init__(*args, **form_kwargs)
                for field in self.fields.values():
                    field.disabled = True

        return VersionForm


class ScopedAdminMixin(ReadOnlyVersionsMixin):
    """Show only the records `visible_to(request.user)` returns, on every admin page."""

    def get_queryset(self, request: HttpRequest) -> models.QuerySet:
        return super().get_queryset(request).visible_to(request.user)  # type: ignore[attr-defined]

    def formfield_for_foreignkey(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        # A form accepts only the related records this person may read (a complaint's visit),
        # whatever id is typed into a raw-id box.
        related = db_field.remote_field.model._default_manager
        if "queryset" not in kwargs and hasattr(related, "visible_to"):
            kwargs["queryset"] = related.visible_to(request.user)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def _get_obj_does_not_exist_redirect(
        self, request: HttpRequest, opts: Any, object_id: str
    ) -> HttpResponse:
        # Another desk's or department's record does not exist for this person: 404 on the
        # change, delete and history pages, not the admin's "perhaps it was deleted?" redirect,
        # which says that it might. (`get_object` still answers None, as callers expect.)
        raise Http404

    def _in_scope_or_404(self, request: HttpRequest, object_id: str) -> None:
        pk = unquote(object_id)
        try:
            in_scope = self.get_queryset(request).filter(pk=pk).exists()
        except (ValueError, ValidationError):
            raise Http404 from None
        if in_scope:
            return
        # A deleted record's history is the administrator's to read, nobody else's.
        if request.user.is_superuser and not self.model._default_manager.filter(pk=pk).exists():
            return
        raise Http404

    def history_view(
        self, request: HttpRequest, object_id: str, extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        self._in_scope_or_404(request, object_id)
        return super().history_view(request, object_id, extra_context)

    def check_history_access(self, request: HttpRequest, object_id: str) -> None:
        self._in_scope_or_404(request, object_id)

    def response_action(
        self, request: HttpRequest, queryset: models.QuerySet, *args: Any, **kwargs: Any
    ) -> HttpResponse | None:
        """Refuse an action on a record outside this person's scope with 404."""
        selected = request.POST.getlist(helpers.ACTION_CHECKBOX_NAME)
        if selected and request.POST.get("select_across") != "1":
            try:
                found = queryset.filter(pk__in=selected).count()
            except (ValueError, ValidationError):
                raise Http404 from None
            if found != len(set(selected)):
                raise Http404
        return super().response_action(request, queryset, *args, **kwargs)
