"""Department managers work their complaints here; supervisors and the centre see them all."""

from collections.abc import Callable
from typing import Any

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.templatetags.admin_urls import add_preserved_filters
from django.contrib.admin.utils import display_for_value
from django.contrib.admin.views.main import ChangeList
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q, QuerySet
from django.forms import ModelForm
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django_stubs_ext import StrOrPromise
from simple_history.admin import SimpleHistoryAdmin

from hospital.admin_base import LogReadsMixin, ServiceAdminMixin
from hospital.admin_scope import ScopedAdminMixin
from hospital.filters import IdField, clean_param
from hospital.models import Department
from hospital.phones import normalise_phone
from hospital.workdays import coverage_warning

from . import services
from .forms import (
    COMPLAINT_DETAILS,
    ComplaintActionForm,
    ComplaintAddForm,
    ComplaintChangeForm,
    receive_arguments,
)
from .models import Complaint, ComplaintQuerySet, sees_all_complaints
from .paginators import BoundedCountPaginator
from .remembered import page_key, read_gate, remembered
from .views import format_row, masked_contact

# What the complaint's record says of itself: shown on its change page, changed only by services.
RECORD_FIELDS = [
    "reference",
    "status",
    "received_at",
    "channel",
    "received_by",
    "first_response_due",
    "final_answer_due",
    "escalated_at",
    "escalation_reason",
]


def _staff(request: HttpRequest) -> User:
    """Return the member of staff acting: the admin lets nobody else in."""
    assert isinstance(request.user, User)
    return request.user


class _QuerySetMethodFilter(admin.SimpleListFilter):
    """A filter each of whose values asks one `ComplaintQuerySet` method for its complaints."""

    # value -> (label, the queryset method's name)
    methods: dict[str, tuple[StrOrPromise, str]] = {}

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, Any]]:
        return [(value, label) for value, (label, _method) in self.methods.items()]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Any]) -> QuerySet[Any]:
        assert isinstance(queryset, ComplaintQuerySet)
        chosen = self.methods.get(self.value() or "")
        return getattr(queryset, chosen[1])() if chosen else queryset


class OverdueFilter(_QuerySetMethodFilter):
    title = _("due")
    parameter_name = "due"
    methods = {"overdue": (_("Overdue"), "overdue"), "today": (_("Due today"), "due_today")}


class EscalatedFilter(_QuerySetMethodFilter):
    title = _("escalated")
    parameter_name = "escalated"
    methods = {"yes": (_("Escalated (by a manager or past the final answer date)"), "escalated")}


class DepartmentFilter(admin.SimpleListFilter):
    """The departments this person manages (all for those who see every complaint)."""

    title = _("department")
    parameter_name = "department"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, Any]]:
        departments = Department.objects.active()
        if not sees_all_complaints(request.user):
            departments = departments.managed_by(request.user)
        return [(str(d.pk), d.name) for d in departments]

    def queryset(self, request: HttpRequest, queryset: QuerySet) -> QuerySet:
        try:
            department = clean_param(
                {"department": self.value()}, "department", IdField(Department.objects.all())
            )
        except ValidationError as error:
            # The admin's answer to a bad lookup: back to the list with its error flag.
            raise IncorrectLookupParameters(error) from None
        if department is None:
            return queryset
        through = Complaint.departments.through.objects.filter(department=department)
        return queryset.filter(pk__in=through.values("complaint_id"))


STATUS_LABELS = dict(Complaint.Status.choices)

# A stand-in primary key: the change URL is reversed once a page and each row's key put in its place.
URL_MARKER = 987654321

# Django's admin labels its row checkbox with this string and its own catalogue translates it;
# passed by name so that makemessages does not copy it into ours as a second, untranslated one.
ACTION_CHECKBOX_LABEL = "Select this object for an action - {}"


def _text_action(
    service: Callable[..., object], argument: str, description: StrOrPromise, done: StrOrPromise
) -> Callable[[Any, HttpRequest, QuerySet], None]:
    """Return an admin action that calls `service` on each chosen complaint with the action
    form's text as `argument` (acknowledge, escalate, resolve: the same steps)."""

    @admin.action(description=description, permissions=["change"])
    def action(self: Any, request: HttpRequest, queryset: QuerySet) -> None:
        self._each_with_text(request, queryset, service, argument, done)

    return action


@admin.register(Complaint)
class ComplaintAdmin(LogReadsMixin, ServiceAdminMixin, ScopedAdminMixin, SimpleHistoryAdmin):
    list_display = [
        "reference_display",
        "received_display",
        "status_badge",
        "category",
        "department_names",
        "contact_masked",
        "next_due_display",
        "escalated_flag",
        "assigned_to",
    ]
    list_display_links = ["reference_display"]
    list_filter = [
        "status",
        OverdueFilter,
        EscalatedFilter,
        "category",
        DepartmentFilter,
        "channel",
    ]
    list_select_related = ["assigned_to"]
    list_per_page = 50
    # The full count is an unbounded COUNT(*) over the whole table on every page: never run it.
    show_full_result_count = False
    # Facet counts are one COUNT per filter choice over the whole table: not on a large list.
    show_facets = admin.ShowFacets.NEVER
    paginator = BoundedCountPaginator
    search_fields = ["reference"]  # extended in get_search_results (phone, name)
    search_help_text = _("Reference (TS-2026-000123), phone number or its last 4 digits, or name.")
    date_hierarchy = None
    ordering = ["-received_at", "-id"]
    action_form = ComplaintActionForm
    actions = ["acknowledge", "assign", "escalate", "resolve"]
    raw_id_fields = ["visit"]
    filter_horizontal = ["departments"]
    change_form_template = "complaints/admin/change_form.html"

    class Media:
        css = {"all": ["css/complaints-admin.css"]}

    # --- what each person sees -----------------------------------------------------------

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        # ScopedAdminMixin keeps it to `Complaint.objects.visible_to(request.user)`.
        return super().get_queryset(request).prefetch_related("departments")

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        # A complaint is withdrawn or closed, never deleted: the record is the point.
        return False

    def get_search_results(
        self, request: HttpRequest, queryset: QuerySet, search_term: str
    ) -> tuple[QuerySet, bool]:
        term = search_term.strip()
        if not term:
            return queryset, False
        if term.upper().startswith("TS-"):
            return queryset.filter(reference__iexact=term), False
        try:
            phone = normalise_phone(term)
        except ValidationError:
            phone = ""
        if phone:
            return queryset.filter(contact=phone), False
        digits = term.replace(" ", "")
        if digits.isdigit() and len(digits) >= 4:
            return queryset.filter(
                Q(contact__endswith=digits) | Q(reference__endswith=digits.zfill(6))
            ), False
        if "@" in term:
            return queryset.filter(contact__iexact=term), False
        return queryset.filter(complainant_name__icontains=term), False

    # --- list columns --------------------------------------------------------------------

    @admin.display(description=_("reference"), ordering="reference")
    def reference_display(self, obj: Complaint) -> str:
        return format_html('<span class="fd-nowrap">{}</span>', obj.reference)

    @admin.display(description=_("received at"), ordering="received_at")
    def received_display(self, obj: Complaint) -> str:
        return timezone.localtime(obj.received_at).strftime("%Y-%m-%d %H:%M")

    @admin.display(description=_("status"), ordering="status")
    def status_badge(self, obj: Complaint) -> str:
        # Coloured by static/css/complaints-admin.css (fd-status-received, …; grey otherwise).
        return format_html(
            '<strong class="fd-status fd-status-{}">{}</strong>',
            obj.status,
            # get_status_display() builds a dict of every choice for each call.
            STATUS_LABELS.get(obj.status, obj.status),
        )

    @admin.display(description=_("departments"))
    def department_names(self, obj: Complaint) -> str:
        return ", ".join(d.name for d in obj.departments.all())

    @admin.display(description=_("contact"))
    def contact_masked(self, obj: Complaint) -> str:
        return masked_contact(obj.contact)

    def action_checkbox(self, obj: Complaint) -> SafeString:
        # Django renders a CheckboxInput through the form renderer's templates for each of the
        # 50 rows; the same markup written once costs a fraction of it.
        return format_html(
            '<input type="checkbox" name="{}" value="{}" class="action-select" aria-label="{}">',
            helpers.ACTION_CHECKBOX_NAME,
            obj.pk,
            format_html(gettext(ACTION_CHECKBOX_LABEL), str(obj)),
        )

    @admin.display(description=_("next due"), ordering="final_answer_due")
    def next_due_display(self, obj: Complaint) -> str:
        due = obj.next_due()
        if due is None:
            return "—"
        label = timezone.localtime(due).strftime("%Y-%m-%d")
        if obj.is_overdue():
            return format_html(
                '<strong class="fd-due-overdue">{} ({})</strong>', label, _("overdue")
            )
        if timezone.localdate(due) == timezone.localdate():
            return format_html('<strong class="fd-due-today">{} ({})</strong>', label, _("today"))
        return label

    @admin.display(description=_("escalated"), boolean=True)
    def escalated_flag(self, obj: Complaint) -> bool:
        return obj.is_escalated()

    # The columns above, the row's cells in the markup Django's items_for_result writes.
    ROW_CELLS = (
        '<td class="action-checkbox">{}</td>'
        '<th class="field-reference_display"><a href="{}">{}</a></th>'
        '<td class="field-received_display">{}</td>'
        '<td class="field-status_badge">{}</td>'
        '<td class="field-category">{}</td>'
        '<td class="field-department_names">{}</td>'
        '<td class="field-contact_masked">{}</td>'
        '<td class="field-next_due_display">{}</td>'
        '<td class="field-escalated_flag">{}</td>'
        '<td class="field-assigned_to nowrap">{}</td>'
    )

    def result_rows(self, cl: ChangeList) -> list[SafeString] | None:
        """Return the page's rows as HTML, one format per row (None: let Django's tag do it).

        Django's items_for_result looks each of the 500 cells up, asks its field, formats,
        escapes and wraps it alone, and reverses each row's change URL: most of the page's CPU.
        The same cells come from the same column methods here, the per-page parts made once.
        """
        if cl.is_popup or cl.formset is not None:
            return None
        if list(cl.list_display) != ["action_checkbox", *self.list_display]:
            return None
        url = reverse(
            f"admin:{cl.opts.app_label}_{cl.opts.model_name}_change",
            args=[URL_MARKER],
            current_app=self.admin_site.name,
        )
        url = add_preserved_filters(
            {"preserved_filters": cl.preserved_filters, "opts": cl.opts}, url
        )
        url_head, url_tail = url.split(str(URL_MARKER), 1)
        empty = self.get_empty_value_display()
        categories = {value: str(label) for value, label in Complaint.Category.choices}
        icons = {value: display_for_value(value, empty, boolean=True) for value in (True, False)}
        return [
            format_row(
                self.ROW_CELLS,
                self.action_checkbox(obj),
                f"{url_head}{obj.pk}{url_tail}",
                self.reference_display(obj),
                self.received_display(obj),
                self.status_badge(obj),
                categories.get(obj.category, obj.category) or empty,
                self.department_names(obj),
                self.contact_masked(obj) or empty,
                self.next_due_display(obj),
                icons[self.escalated_flag(obj)],
                obj.assigned_to if obj.assigned_to_id else empty,
            )
            for obj in cl.result_list
        ]

    # --- actions: each calls the service, one complaint at a time ------------------------

    def _each(
        self,
        request: HttpRequest,
        queryset: QuerySet[Complaint],
        act: Callable[[Complaint], object],
        done: StrOrPromise,
    ) -> None:
        ok, refused = 0, []
        for complaint in queryset:
            try:
                act(complaint)
            except ValidationError as error:
                refused.append(f"{complaint.reference}: {' '.join(error.messages)}")
            else:
                ok += 1
        if ok:
            self.message_user(request, done % {"count": ok}, messages.SUCCESS)
        for line in refused:
            self.message_user(request, line, messages.ERROR)

    def _each_with_text(
        self,
        request: HttpRequest,
        queryset: QuerySet[Complaint],
        service: Callable[..., object],
        argument: str,
        done: StrOrPromise,
    ) -> None:
        """Call `service` on each complaint with the action form's text as `argument`."""
        text = request.POST.get("text", "")
        by = _staff(request)
        self._each(
            request, queryset, lambda c: service(complaint=c, by=by, **{argument: text}), done
        )

    acknowledge = _text_action(
        services.complaint_acknowledge,
        "message",
        _("Acknowledge (first response given)"),
        _("%(count)s complaint(s) acknowledged."),
    )

    @admin.action(description=_("Assign to the person chosen below"), permissions=["change"])
    def assign(self, request: HttpRequest, queryset: QuerySet) -> None:
        field = ComplaintActionForm.base_fields["assignee"]
        try:
            assignee = field.clean(request.POST.get("assignee") or None)
        except ValidationError:
            assignee = None
        if assignee is None:
            self.message_user(request, _("Choose the person to assign to."), messages.ERROR)
            return
        self._each(
            request,
            queryset,
            lambda c: services.complaint_assign(complaint=c, by=_staff(request), assignee=assignee),
            _("%(count)s complaint(s) assigned."),
        )

    escalate = _text_action(
        services.complaint_escalate,
        "reason",
        _("Escalate to the patient services centre"),
        _("%(count)s complaint(s) escalated."),
    )

    resolve = _text_action(
        services.complaint_resolve,
        "answer",
        _("Resolve with the answer written below"),
        _("%(count)s complaint(s) resolved."),
    )

    # --- intake and edits through the services -------------------------------------------

    def get_form(
        self, request: HttpRequest, obj: Any = None, change: bool = False, **kwargs: Any
    ) -> type[ModelForm]:
        kwargs["form"] = ComplaintChangeForm if obj is not None else ComplaintAddForm
        return super().get_form(request, obj, change=change, **kwargs)

    def get_fields(self, request: HttpRequest, obj: Any = None) -> list[Any]:
        if obj is None:
            return list(ComplaintAddForm.Meta.fields)
        return [*services.EDITABLE_FIELDS, "departments", "seen_version"]

    def get_fieldsets(self, request: HttpRequest, obj: Any = None) -> list[tuple[Any, Any]]:
        if obj is None:
            return [(None, {"fields": self.get_fields(request)})]
        return [
            (
                _("Complaint"),
                {"fields": RECORD_FIELDS},
            ),
            (
                _("Details"),
                {"fields": [*COMPLAINT_DETAILS, "assigned_to", "seen_version"]},
            ),
            (
                _("Resolution and follow-up"),
                {
                    "fields": [
                        "answer",
                        "remedy",
                        "root_cause",
                        "prevention_action",
                        "satisfaction",
                        "follow_up_comment",
                        "no_follow_up_reason",
                    ]
                },
            ),
        ]

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> list[str]:
        if obj is None:
            return []
        return [
            *RECORD_FIELDS,
            "answer",
            "remedy",
            "satisfaction",
            "follow_up_comment",
            "no_follow_up_reason",
        ]

    def get_changeform_initial_data(self, request: HttpRequest) -> dict[str, Any]:
        return {"received_at": timezone.localtime(), **super().get_changeform_initial_data(request)}

    def service_save(self, request: HttpRequest, obj: Complaint, form: Any, change: bool) -> None:
        # A refusal (a stale version, a manager taking their own department off) is shown by
        # ServiceAdminMixin alone: no success message, nothing in the admin's log.
        data = form.cleaned_data
        if not change:
            created = services.complaint_receive(
                received_by=_staff(request), visit=data["visit"], **receive_arguments(data)
            )
            obj.__dict__.update(created.__dict__)
            return
        services.complaint_update(
            complaint=obj,
            by=_staff(request),
            expected_version=data["seen_version"],
            changes={name: data[name] for name in services.EDITABLE_FIELDS},
            departments=data["departments"],
        )

    def save_related(self, request: HttpRequest, form: Any, formsets: Any, change: bool) -> None:
        # The services saved the departments; the form's save_m2m would bypass them.
        return None

    def response_add(
        self, request: HttpRequest, obj: Complaint, post_url_continue: str | None = None
    ) -> HttpResponse:
        if self.refused(request) is not None:
            return super().response_add(request, obj, post_url_continue)
        return HttpResponseRedirect(reverse("complaints:slip", args=[obj.pk]))

    def changelist_view(
        self, request: HttpRequest, extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        if request.user.is_superuser:
            warning = coverage_warning()
            if warning:
                messages.warning(request, warning)
        # The side bar lists every model of the site, rendered afresh for each page of the list
        # (a third of its CPU); the breadcrumbs lead back to the index.
        extra_context = {"is_nav_sidebar_enabled": False, **(extra_context or {})}
        # The permission, the roles, the departments managed and the change stamp in one
        # statement; only a yes is taken from it, a no asks Django (a superuser, another backend).
        gate = read_gate(request.user)
        if not (gate.may_list or self.has_view_or_change_permission(request)):
            raise PermissionDenied
        render = super().changelist_view
        scope = gate.scope()
        if scope is None:
            return render(request, extra_context)
        # The same page for this person until a complaint changes (see complaints.remembered).
        key = page_key(request, "admin-changelist", gate, scope)
        return remembered(request, key, lambda added: render(request, {**extra_context, **added}))

    def render_change_form(
        self,
        request: HttpRequest,
        context: dict[str, Any],
        add: bool = False,
        change: bool = False,
        form_url: str = "",
        obj: Any = None,
    ) -> HttpResponse:
        # Out of scope or missing is a 404 already (ScopedAdminMixin); the admin hands over
        # the complaint it read, so the timeline costs no second read of it.
        if obj is not None and obj.pk:
            context["timeline"] = obj.entries.select_related("author")
            context["work_url"] = reverse("complaints:detail", args=[obj.pk])
        return super().render_change_form(request, context, add, change, form_url, obj)
