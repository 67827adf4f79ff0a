"""The personal check-in QR code on a page (Mijn academie)."""

from django import template
from django.utils.safestring import mark_safe

from ..checkin import qr_svg

register = template.Library()


@register.simple_tag
def checkin_qr(registration):
    """Inline SVG of the QR code with an accessible title (segno escapes the title)."""
    return mark_safe(qr_svg(registration))  # noqa: S308 (markup made by segno, no user input)
