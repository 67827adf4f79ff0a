"""What the academy's public views share: the current participant and a few look-ups."""

from django.db.models import Q
from django.http import Http404
from django.shortcuts import render

from cms.models import SiteSettings

from ..accounts import ensure_participant
from ..models import Registration, RegistrationStatus


def current_participant(request):
    return ensure_participant(request.user)


def site_phone(request):
    return SiteSettings.for_request(request).phone


def registration_by_token_or_404(token):
    """The registration an e-mail link points to; the token is the secret."""
    if not token or len(token) > 64:
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


def waiting_position(registration):
    """1 for the first person on the waiting list, 2 for the next, ..."""
    if registration.status != RegistrationStatus.WAITING:
        return None
    earlier = Q(waiting_since__lt=registration.waiting_since) | Q(
        waiting_since=registration.waiting_since, pk__lt=registration.pk
    )
    ahead = Registration.objects.filter(
        earlier, edition_id=registration.edition_id, status=RegistrationStatus.WAITING
    ).count()
    return ahead + 1


def render_with_status(request, template, context, status=200):
    return render(request, template, context, status=status)
