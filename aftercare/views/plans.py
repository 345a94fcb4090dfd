"""Follow-up plans on the tablet: start one, work its calls, stop it; the desk's plans."""

from typing import Any

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Count, Min, Prefetch, Q, QuerySet
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from handover.models import Handoff
from hospital.access import Kind, log_access
from hospital.clock import local_today
from hospital.filters import query_object
from hospital.forms import carry_out, submit
from hospital.records import new_form_token
from hospital.roles import Role, has_role, role_required
from reception.models import Inquiry, Visit
from reception.views.access import StaffRequest, desk_or_404, sees_all_desks

from ..forms import PlanStartForm, PlanStopForm, StepDoneForm
from ..models import FollowUpPlan, FollowUpStep, PlanTemplate, PlanTemplateStep
from ..services.plans import follow_up_start, follow_up_step_done, follow_up_stop, plan_schedule

PLANS_PER_PAGE = 50


def _source(request: StaffRequest) -> dict[str, Any]:
    """Return what the plan is started from (?visit=, ?inquiry= or ?handoff=), in scope or 404."""
    handoff = query_object(
        request, Handoff.objects.visible_to(request.user).select_related("visit"), "handoff"
    )
    visit = handoff.visit if handoff is not None else None
    visit = visit or query_object(
        request,
        Visit.objects.visible_to(request.user).select_related("visitor", "destination"),
        "visit",
    )
    inquiry = query_object(
        request,
        Inquiry.objects.visible_to(request.user).select_related("transferred_to"),
        "inquiry",
    )
    return {"visit": visit, "inquiry": inquiry}


def _prefill(source: dict[str, Any]) -> dict[str, Any]:
    visit, inquiry = source["visit"], source["inquiry"]
    if visit is not None:
        return {
            "name": visit.visitor.name,
            "phone": visit.visitor.phone,
            "starts_on": timezone.localdate(visit.arrived_at),
        }
    if inquiry is not None:
        return {"name": inquiry.caller_name, "phone": inquiry.phone, "starts_on": local_today()}
    return {"starts_on": local_today()}


def _schedules(starts_on: Any) -> list[dict[str, Any]]:
    """Return each active template with the working day each of its calls would fall due."""
    templates = PlanTemplate.objects.filter(is_active=True).prefetch_related(
        Prefetch("steps", queryset=PlanTemplateStep.objects.order_by("offset_days"))
    )
    rows = []
    for template in templates:
        rows.append(
            {
                "template": template,
                "steps": [
                    {
                        "step": step,
                        "due_on": due_on,
                        "moved": (due_on - starts_on).days != step.offset_days,
                    }
                    for step, due_on in plan_schedule(
                        template, starts_on, list(template.steps.all())
                    )
                ],
            }
        )
    return rows


@require_http_methods(["GET", "POST"])
@role_required(Role.GUIDE)
def plan_start(request: StaffRequest) -> HttpResponse:
    """Start a follow-up plan for a visitor: the calls fall on working days, shown beforehand."""
    desk = desk_or_404(request)
    source = _source(request)
    if request.method == "POST":
        form = PlanStartForm(request.POST)
        plan = submit(
            form,
            lambda data: follow_up_start(
                template=data["template"],
                desk=desk,
                by=request.user,
                phone=data["phone"],
                name=data["name"],
                starts_on=data["starts_on"],
                language=data["language"],
                form_token=data["idempotency_key"],
                **source,
            ),
        )
        if plan is not None:
            messages.success(
                request,
                _("Plan started: %(count)s calls are on the callbacks list on their days.")
                % {"count": plan.steps.count()},
            )
            return redirect(plan)
        starts_on = form.cleaned_data.get("starts_on") or local_today()
    else:
        initial = {"idempotency_key": new_form_token(), **_prefill(source)}
        form = PlanStartForm(initial=initial)
        starts_on = initial["starts_on"]
    return render(
        request,
        "aftercare/plan_start.html",
        {
            "form": form,
            "desk": desk,
            "schedules": _schedules(starts_on),
            "starts_on": starts_on,
            **source,
        },
    )


def _plans_for(request: StaffRequest) -> QuerySet[FollowUpPlan]:
    return FollowUpPlan.objects.visible_to(request.user).select_related(
        "template", "department", "desk", "started_by", "stopped_by", "visit", "inquiry"
    )


def _step_rows(plan: FollowUpPlan, can_act: bool) -> list[dict[str, Any]]:
    return [
        {
            "step": step,
            "form": StepDoneForm(initial={"version": step.version}, prefix=f"s{step.pk}")
            if can_act and step.status == FollowUpStep.Status.OPEN
            else None,
        }
        for step in plan.steps.all()
    ]


def _plan_with_steps(request: StaffRequest, pk: int) -> FollowUpPlan:
    """Return the plan in scope (or 404) with its calls and who made them."""
    return get_object_or_404(
        _plans_for(request).prefetch_related(
            Prefetch(
                "steps", queryset=FollowUpStep.objects.select_related("done_by", "return_inquiry")
            )
        ),
        pk=pk,
    )


def _plan_page(
    request: StaffRequest,
    plan: FollowUpPlan,
    *,
    refused: tuple[FollowUpStep, StepDoneForm] | None = None,
) -> HttpResponse:
    """Render the plan's page; `refused`: a call's form sent back with its errors (422)."""
    can_act = has_role(request.user, Role.GUIDE) and plan.is_active
    rows = _step_rows(plan, can_act)
    if refused is not None:
        step, form = refused
        for row in rows:
            if row["step"].pk == step.pk:
                row["form"] = form
    return render(
        request,
        "aftercare/plan_detail.html",
        {
            "plan": plan,
            "rows": rows,
            "stop_form": PlanStopForm(initial={"version": plan.version}) if can_act else None,
            "today": local_today(),
        },
        status=200 if refused is None else 422,
    )


@require_GET
@role_required(Role.GUIDE, Role.SUPERVISOR, Role.DEPARTMENT_MANAGER)
def plan_detail(request: StaffRequest, pk: int) -> HttpResponse:
    """Show a plan: its calls with their scripts and results; the guide records each call."""
    plan = _plan_with_steps(request, pk)
    log_access(request, plan, kind=Kind.VIEW)
    return _plan_page(request, plan)


@require_POST
@role_required(Role.GUIDE)
def step_done(request: StaffRequest, pk: int) -> HttpResponse:
    """Record what came of one follow-up call."""
    step = get_object_or_404(
        FollowUpStep.objects.visible_to(request.user).select_related("plan"), pk=pk
    )
    form = StepDoneForm(request.POST, prefix=f"s{step.pk}")
    done = submit(
        form,
        lambda data: follow_up_step_done(
            step=step,
            by=request.user,
            result=data["result"],
            satisfaction=data["satisfaction"],
            needs_return_visit=data["needs_return_visit"],
            return_visit_on=data["return_visit_on"],
            note=data["note"],
            expected_version=data["version"],
        ),
        stale_above=True,
    )
    if done is not None:
        messages.success(request, _("Call recorded."))
        if request.POST.get("next") == "callbacks":
            return redirect("reception:callback_list")
        return redirect(step.plan)
    return _plan_page(request, _plan_with_steps(request, step.plan_id), refused=(step, form))


@require_POST
@role_required(Role.GUIDE)
def plan_stop(request: StaffRequest, pk: int) -> HttpResponse:
    """Stop a running plan with the reason; its open calls are cancelled with it."""
    plan = get_object_or_404(FollowUpPlan.objects.visible_to(request.user), pk=pk)
    form = PlanStopForm(request.POST)
    if form.is_valid():
        carry_out(
            request,
            lambda: follow_up_stop(
                plan=plan,
                by=request.user,
                reason=form.cleaned_data["reason"],
                expected_version=form.cleaned_data["version"],
            ),
            _("Plan stopped; its open calls are cancelled."),
        )
    else:
        messages.error(request, _("This button is out of date; reload the page and tap again."))
    return redirect(plan)


@require_GET
@role_required(Role.GUIDE, Role.SUPERVISOR, Role.DEPARTMENT_MANAGER)
def plan_list(request: StaffRequest) -> HttpResponse:
    """List the plans: a guide's desk's, a manager's departments', any desk for supervisors."""
    status = request.GET.get("status") or FollowUpPlan.Status.ACTIVE
    if status not in FollowUpPlan.Status.values:
        status = FollowUpPlan.Status.ACTIVE
    plans = _plans_for(request).filter(status=status)
    desk = None
    if has_role(request.user, Role.GUIDE) or sees_all_desks(request.user):
        desk = desk_or_404(request)
        plans = plans.filter(desk=desk)
    open_steps = Q(steps__status=FollowUpStep.Status.OPEN)
    plans = plans.annotate(
        next_due=Min("steps__due_on", filter=open_steps),
        open_count=Count("steps", filter=open_steps),
        step_count=Count("steps"),
    ).order_by("next_due", "-started_at", "pk")
    page = Paginator(plans, PLANS_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "aftercare/plan_list.html",
        {
            "page": page,
            "desk": desk,
            "status": status,
            "statuses": FollowUpPlan.Status.choices,
            "today": local_today(),
        },
    )
