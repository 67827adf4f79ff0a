"""Mijn academie: a person's own registrations, profile, calendar feed and data.

Every look-up is scoped to the signed-in person's participant; another person's
registration id answers 404, exactly like one that does not exist.
"""

import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from .. import personal_feed, rules
from ..forms import ConfirmForm, FeedActionForm, ProfileForm, RegisterNumberFormSet
from ..models import Registration, RegistrationStatus
from ..services import accounts as account_services
from ..services import registration as services
from ..services.errors import RegistrationError
from .common import current_participant, render_with_status, site_phone
from .enrol import cancelled_message
from .registration_page import payment_summary

Status = RegistrationStatus


def _overview(participant, now):
    registrations = (
        Registration.objects.filter(participant=participant)
        .select_related("edition__course", "edition__event_page")
        .prefetch_related("edition__sessions")
        .order_by("edition__first_start", "pk")
    )
    upcoming, waiting, offers, past = [], [], [], []
    called_off = {}  # editions the academy cancelled: the person should still hear about it
    for registration in registrations:
        edition = registration.edition
        ended = edition.last_end is not None and edition.last_end < now
        if ended:
            if registration.status == Status.CONFIRMED:
                past.append(registration)
        elif edition.is_cancelled:
            # cancel_edition() ends every live registration with a reason; a person who
            # cancelled earlier themselves gave none.
            if registration.is_live or (
                registration.status == Status.CANCELLED and registration.end_reason
            ):
                called_off[edition.pk] = registration
        elif registration.status in (Status.CONFIRMED, Status.AWAITING_PAYMENT):
            upcoming.append(registration)
        elif registration.status == Status.WAITING:
            waiting.append(registration)
        elif registration.status == Status.OFFERED:
            offers.append(registration)
        registration.sessions = list(edition.sessions.all())
        registration.upcoming_sessions = [s for s in registration.sessions if s.end >= now]
        registration.can_cancel = rules.may_cancel(registration, now)
        registration.deadline = rules.cancellation_deadline(edition)
    upcoming.extend(called_off.values())
    upcoming.sort(key=lambda item: (item.edition.first_start or now, item.pk))
    for registration in waiting:
        registration.position = registration.waiting_position()
    past.reverse()
    return {"upcoming": upcoming, "waiting": waiting, "offers": offers, "past": past}


@never_cache
@login_required
@require_GET
def mine(request):
    participant = current_participant(request)
    context = {
        "participant": participant,
        "phone": site_phone(request),
        "crumb_title": _("Mijn academie"),
        **_overview(participant, timezone.now()),
    }
    return render_with_status(request, "academy/mine/mine.html", context)


def _own_registration_or_404(participant, registration_id):
    registration = (
        Registration.objects.select_related("edition__course", "edition__event_page")
        .prefetch_related("edition__sessions")
        .filter(pk=registration_id, participant=participant)
        .first()
    )
    if registration is None:
        raise Http404
    return registration


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def cancel(request, registration_id):
    participant = current_participant(request)
    registration = _own_registration_or_404(participant, registration_id)
    error_message = None
    status = 200
    if not registration.is_live:
        error_message = _("Deze aanmelding is al beëindigd.")
        status = 409 if request.method == "POST" else 200
    elif request.method == "POST":
        if not ConfirmForm(request.POST).is_valid():
            raise Http404  # pragma: no cover (the form has no fields)
        was_waiting = registration.status == Status.WAITING
        try:
            services.cancel(registration)
        except RegistrationError as error:
            error_message = error.message
            status = error.status
            registration.refresh_from_db()
        else:
            if was_waiting:
                messages.success(request, _("U staat niet meer op de wachtlijst."))
            else:
                messages.success(request, cancelled_message())
            return redirect("academy:mine")
    now = timezone.now()
    edition = registration.edition
    context = {
        "registration": registration,
        "edition": edition,
        "sessions": list(edition.sessions.all()),
        "can_cancel": rules.may_cancel(registration, now),
        "deadline": rules.cancellation_deadline(edition),
        "summary": payment_summary(registration, now),
        "error_message": error_message,
        "phone": site_phone(request),
        "crumb_title": _("Afmelden"),
    }
    return render_with_status(request, "academy/mine/cancel.html", context, status)


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def profile(request):
    participant = current_participant(request)
    status = 200
    if request.method == "POST":
        form = ProfileForm(request.POST, instance=participant)
        numbers = RegisterNumberFormSet(request.POST, instance=participant, prefix="registers")
        if form.is_valid() and numbers.is_valid():
            with transaction.atomic():
                form.save()
                numbers.save()
            messages.success(request, _("Uw gegevens zijn opgeslagen."))
            return redirect("academy:profile")
        status = 400
    else:
        form = ProfileForm(instance=participant)
        numbers = RegisterNumberFormSet(instance=participant, prefix="registers")
    context = {
        "participant": participant,
        "form": form,
        "numbers": numbers,
        "crumb_title": _("Mijn gegevens"),
    }
    return render_with_status(request, "academy/mine/profile.html", context, status)


def _feed_urls(request, participant):
    if not participant.feed_token:
        return None, None
    https_url = request.build_absolute_uri(reverse("academy:feed", args=[participant.feed_token]))
    return https_url, "webcal://" + https_url.split("://", 1)[1]


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def feed_settings(request):
    participant = current_participant(request)
    status = 200
    if request.method == "POST":
        form = FeedActionForm(request.POST)
        if form.is_valid():
            if form.cleaned_data["action"] == "create":
                renewed = bool(participant.feed_token)
                personal_feed.enable_feed(participant)
                if renewed:
                    messages.success(
                        request,
                        _("U hebt een nieuw adres. Het oude adres werkt niet meer."),
                    )
                else:
                    messages.success(request, _("Uw persoonlijke agenda staat aan."))
            else:
                personal_feed.disable_feed(participant)
                messages.success(
                    request, _("Uw persoonlijke agenda staat uit. Het adres werkt niet meer.")
                )
            return redirect("academy:feed_settings")
        status = 400
    https_url, webcal_url = _feed_urls(request, participant)
    context = {
        "participant": participant,
        "https_url": https_url,
        "webcal_url": webcal_url,
        "bad_request": status == 400,
        "crumb_title": _("Mijn agenda"),
    }
    return render_with_status(request, "academy/mine/feed_settings.html", context, status)


@never_cache
@login_required
@require_GET
def export_data(request):
    current_participant(request)
    data = account_services.export_data(request.user)
    body = json.dumps(data, ensure_ascii=False, indent=2)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="mijn-gegevens-vmca-{stamp}.json"'
    return response


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def delete_account(request):
    participant = current_participant(request)
    status = 200
    form = ConfirmForm(request.POST or None)
    if request.method == "POST":
        if request.POST.get("confirm") != "yes":
            status = 400
        else:
            account_services.delete_account(request.user)
            logout(request)
            messages.success(request, _("Uw account is verwijderd. Uw gegevens zijn gewist."))
            return redirect("wagtail_serve", "")
    live = participant.registrations.live().filter(edition__first_start__gt=timezone.now())
    context = {
        "participant": participant,
        "form": form,
        "live_count": live.count(),
        "missing_confirmation": status == 400,
        "crumb_title": _("Account verwijderen"),
    }
    return render_with_status(request, "academy/mine/delete_account.html", context, status)
