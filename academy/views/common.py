"""What the academy's public views share: the current participant and a few look-ups."""

from django.http import Http404
from django.shortcuts import render

from cms.models import SiteSettings

from ..accounts import ensure_participant
from ..models import Registration
from ..models.codes import could_be_secret


def current_participant(request):
    return ensure_participant(request.user)


def site_phone(request):
    return SiteSettings.for_request(request).phone


def registration_by_token_or_404(token):
    """The registration an e-mail link points to; the token is the secret."""
    if not could_be_secret(token, 64):
        raise Http404
    registration = (
        Registration.objects.select_related("edition__course", "edition__event_page", "participant")
        .prefetch_related("edition__sessions")
        .filter(token=token, participant__anonymised__isnull=True)
        .first()
    )
    if registration is None:
        raise Http404
    return registration


def render_with_status(request, template, context, status=200):
    return render(request, template, context, status=status)
