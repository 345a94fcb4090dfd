"""The framework's own limit: a paginated list and a ModelForm insert, as the tutorial writes them."""

from django.contrib.auth.decorators import login_not_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from .forms import ItemForm
from .models import Item


def item_list(request: HttpRequest) -> HttpResponse:
    """Show 50 rows of the 100 k, page by page."""
    page = Paginator(Item.objects.all(), 50).get_page(request.GET.get("page"))
    return render(request, "items/list.html", {"page": page})


@require_http_methods(["GET", "POST"])
def item_new(request: HttpRequest) -> HttpResponse:
    """Validate and save one row, then redirect (Post/Redirect/Get)."""
    form = ItemForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        form.save()
        return redirect("item_list")
    return render(request, "items/form.html", {"form": form})


@login_not_required
def healthz(request: HttpRequest) -> HttpResponse:
    return HttpResponse("ok")
