from django import template

from ..calendar.links import google_calendar_url, outlook_calendar_url
from ..registration import registration_for

register = template.Library()


@register.simple_tag(takes_context=True)
def event_registration(context, page):
    """What the academy offers for signing up to this event, or None."""
    return registration_for(page, context.get("request"))


@register.filter
def google_calendar_link(occurrence):
    return google_calendar_url(occurrence)


@register.filter
def outlook_calendar_link(occurrence):
    return outlook_calendar_url(occurrence)
