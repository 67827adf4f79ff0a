"""The personal calendar feed: an .ics at a secret, revocable address."""

from django.http import Http404
from django.views.decorators.http import require_GET

from events.calendar.http import calendar_etag, calendar_response, not_modified

from ..personal_feed import participant_for_token, render_personal_feed


@require_GET
def personal_feed(request, token):
    participant = participant_for_token(token)
    if participant is None:
        raise Http404
    base_url = request.build_absolute_uri("/").rstrip("/")
    body, key, last_modified = render_personal_feed(participant, base_url=base_url)
    etag = calendar_etag(request, key)
    response = not_modified(request, etag)
    if response is None:
        response = calendar_response(
            request, body, etag=etag, last_modified=last_modified, filename="mijn-academie.ics"
        )
    # Personal data: no shared cache (CDN, proxy) may keep it, and a revoked address
    # must stop working at once.
    response["Cache-Control"] = "private, max-age=300"
    response["X-Robots-Tag"] = "noindex"
    return response
