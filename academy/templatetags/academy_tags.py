"""Presentation helpers for the academy's public pages: money, points, edition states."""

from django import template

from ..formatting import format_money, format_points

register = template.Library()


@register.filter
def money(cents):
    """Cents as the site writes money: 4500 → '€ 45,00'."""
    return format_money(cents)


@register.filter
def points(value):
    """Accreditation points (or hours): Decimal('2.5') → '2,5', Decimal('4.0') → '4'."""
    return format_points(value)
