"""The after-hours book: handed to security, written overnight, taken back; its tasks."""

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from hospital.filters import posted_object
from hospital.forms import carry_out, submit
from hospital.roles import Role, role_required

from .. import services
from ..forms import BookEntryForm, HandOverForm, LockChangedForm
from ..models import AfterHoursBook, AfterHoursEntry, HandoverTask, Key
from .base import LIST_LIMIT, DeskRequest, desk_or_404, desk_scope


@require_POST
@role_required(Role.GUIDE, Role.SUPERVISOR)
def book_hand_over(request: DeskRequest) -> HttpResponse:
    desk = desk_or_404(request)
    form = HandOverForm(request.POST)
    form.is_valid()
    carry_out(
        request,
        lambda: services.book_hand_over(
            desk=desk, by=request.user, note=form.cleaned_data.get("note", "")
        ),
        _("The after-hours book is with the security desk now."),
    )
    return redirect("handover:desk_sheets")


@require_POST
@role_required(Role.GUIDE, Role.SUPERVISOR)
def book_take_back(request: DeskRequest, pk: int) -> HttpResponse:
    book = get_object_or_404(AfterHoursBook.objects.filter(desk_scope(request)), pk=pk)
    carry_out(
        request,
        lambda: services.book_take_back(book=book, by=request.user),
        lambda taken: (
            _("Book taken back: %(n)s entries became complaints or tasks.")
            % {"n": taken.entries.count()}
        ),
    )
    return redirect("handover:desk_sheets")


@require_POST
@role_required(Role.GUIDE, Role.SUPERVISOR)
def task_done(request: DeskRequest, pk: int) -> HttpResponse:
    task = get_object_or_404(HandoverTask.objects.filter(desk_scope(request)), pk=pk)
    carry_out(request, lambda: services.task_done(task=task, by=request.user), _("Task done."))
    return redirect("handover:desk_sheets")


def _entry_ids(book: AfterHoursBook) -> str:
    return f"book{book.pk}_%s"


@require_http_methods(["GET", "POST"])
@role_required(Role.SECURITY_DESK)
def security_book(request: DeskRequest) -> HttpResponse:
    """The security desk's start page: the books it holds tonight, and keys lost."""
    form_book = None
    if request.method == "POST":
        form_book = posted_object(request, AfterHoursBook.objects.all(), "book")
        if form_book is None:
            return redirect("handover:security_book")
        form = BookEntryForm(request.POST, auto_id=_entry_ids(form_book))
        written = submit(
            form, lambda data: services.book_add_entry(book=form_book, by=request.user, **data)
        )
        if written is not None:
            messages.success(request, _("Written in the book."))
            return redirect("handover:security_book")
    books = list(
        AfterHoursBook.objects.filter(status=AfterHoursBook.Status.WITH_SECURITY)
        .select_related("desk", "handed_over_by")
        .prefetch_related("entries__recorded_by")
    )
    returned = list(
        AfterHoursBook.objects.filter(status=AfterHoursBook.Status.RETURNED)
        .select_related("desk", "handed_over_by", "taken_back_by")
        .order_by("-taken_back_at")[:10]
    )
    # One form per book, with ids of its own: a label tapped in one book never ticks another's.
    rows = [
        {
            "book": book,
            "form": form
            if form_book is not None and book.pk == form_book.pk
            else BookEntryForm(auto_id=_entry_ids(book)),
        }
        for book in books
    ]
    return render(
        request,
        "handover/security_book.html",
        {
            "rows": rows,
            "returned": returned,
            "lost_keys": list(
                Key.objects.filter(lock_change_required=True).select_related("desk")[:LIST_LIMIT]
            ),
            "lock_form": LockChangedForm(),
            "entry_kinds": AfterHoursEntry.Kind,
        },
    )
