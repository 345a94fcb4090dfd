"""`{% slot "name" obj %}`: what higher apps put in this place of the page (hospital.slots)."""

from typing import Any

from django import template
from django.utils.safestring import SafeString

from hospital.slots import render_slot

register = template.Library()


@register.simple_tag(takes_context=True)
def slot(context: template.Context, name: str, obj: Any = None) -> SafeString:
    return render_slot(name, context.get("request"), obj)
