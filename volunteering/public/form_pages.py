"""What the public form pages share: rendering as a route of the index page, the rate
limit and the answer to a bot."""

from django.conf import settings
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers

from cms import ratelimit


def render(page, request, template, context, status=200):
    """A page of the vacaturebank with `context`; never stored in a shared cache (it
    holds a form with a CSRF token, or what someone just sent)."""
    response = TemplateResponse(
        request, template, {**page.get_context(request), **context}, status=status
    )
    add_never_cache_headers(response)
    return response


def rate_limited(request, scope, form):
    """Count this POST against VOLUNTEERING_FORM_RATE (cms.ratelimit.limit_form)."""
    return ratelimit.limit_form(request, scope, settings.VOLUNTEERING_FORM_RATE, form)


def too_many(page, request, template, context, retry_after):
    response = render(page, request, template, context, status=429)
    response["Retry-After"] = str(retry_after)
    return response
