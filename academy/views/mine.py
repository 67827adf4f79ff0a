"""Mijn academie: a person's own registrations, profile, calendar feed and data.

Every look-up is scoped to the signed-in person's participant; another person's
registration id answers 404, exactly like one that does not exist.
"""

import datetime as dt
import json
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from .. import personal_feed, rules
from ..forms import ConfirmForm, FeedActionForm, ProfileForm, RegisterNumberFormSet
from ..models import Registration, RegistrationStatus, Session
from ..services import accounts as account_services
from ..services import registration as services
from ..services.errors import RegistrationError
from .common import current_participant, render_with_status, site_phone
from .enrol import cancelled_message
from .registration_page import payment_summary

Status = RegistrationStatus


# The columns Mijn academie shows or decides with. The course and event pages are Wagtail
# pages with many columns and StreamFields; only their titles are shown here.
OVERVIEW_FIELDS = (
    "edition_id",
    "status",
    "token",
    "checkin_code",
    "waiting_since",
    "offer_expires_at",
    "end_reason",
    "edition__course_id",
    "edition__event_page_id",
    "edition__name",
    "edition__status",
    "edition__cancellation_deadline",
    "edition__first_start",
    "edition__last_end",
    "edition__course__title",
    "edition__event_page__title",
)


@dataclass(frozen=True)
class SessionLine:
    """A session as a card writes it, in the formats of academy/enrol/_sessions.html.
    Formatted here: a date filter inside a template costs several times more, and ten
    cards with their sessions made up most of the page's time."""

    session: Session
    day_iso: str
    day: str
    start_iso: str
    start_time: str
    end_iso: str
    end_time: str


# Writing a day or a time of day goes through the translations (names of days and months)
# and the language's formats, for every session of every card. A day and a time read the
# same every time in a language, so what was written is kept (a few thousand short texts
# at most; the formats only change with a deploy).
@lru_cache(maxsize=4096)
def _day_text(day, language):
    return formats.date_format(day, "l j F Y")


@lru_cache(maxsize=4096)
def _time_text(time_of_day, language):
    return formats.time_format(time_of_day)  # TIME_FORMAT has no time zone in it


def _session_line(session):
    start, end = timezone.localtime(session.start), timezone.localtime(session.end)
    language = get_language()
    return SessionLine(
        session=session,
        day_iso=start.date().isoformat(),
        day=_day_text(start.date(), language),
        start_iso=start.isoformat(),
        start_time=_time_text(start.time(), language),
        end_iso=end.isoformat(),
        end_time=_time_text(end.time(), language),
    )


@dataclass
class Card:
    """One registration as Mijn academie shows it, worked out once here so that the
    template only writes it down."""

    registration: Registration
    title: str
    sessions: list
    can_cancel: bool
    deadline: dt.datetime | None
    # The sessions still to come, as SessionLines: only the cards of "Mijn trainingen".
    session_lines: list = field(default_factory=list)
    position: int | None = None  # on the waiting list

    @property
    def first_session(self):
        return self.sessions[0] if self.sessions else None

    @property
    def cancelled(self):
        return self.registration.edition.is_cancelled

    @property
    def last_end(self):
        return self.registration.edition.last_end

    @property
    def deadline_day(self):
        return formats.date_format(timezone.localtime(self.deadline), "j F")

    @property
    def deadline_time(self):
        return formats.time_format(timezone.localtime(self.deadline))


def _section(registration, now):
    """Where the page lists this registration: past, called_off (the academy cancelled
    the edition), upcoming, waiting, offers; None when it is not shown."""
    edition = registration.edition
    status = registration.status
    if edition.last_end is not None and edition.last_end < now:
        return "past" if status == Status.CONFIRMED else None
    if edition.is_cancelled:
        # cancel_edition() ends every live registration with a reason; a person who
        # cancelled earlier themselves gave none.
        if registration.is_live or (status == Status.CANCELLED and registration.end_reason):
            return "called_off"
        return None
    if status in (Status.CONFIRMED, Status.AWAITING_PAYMENT):
        return "upcoming"
    if status == Status.WAITING:
        return "waiting"
    if status == Status.OFFERED:
        return "offers"
    return None


def _sessions_by_edition(edition_ids):
    by_edition = defaultdict(list)
    for session in Session.objects.filter(edition_id__in=edition_ids).order_by("start", "pk"):
        by_edition[session.edition_id].append(session)
    return by_edition


def _waiting_positions(waiting):
    """Each waiting registration's place in its list (1 is next), for all of them in one
    query: the order of `waiting_in_order`, as `Registration.waiting_position` counts it."""
    if not waiting:
        return {}
    lists = (
        Registration.objects.filter(edition_id__in={r.edition_id for r in waiting})
        .waiting_in_order()
        .values_list("pk", "edition_id")
    )
    positions, counted = {}, defaultdict(int)
    for pk, edition_id in lists:
        counted[edition_id] += 1
        positions[pk] = counted[edition_id]
    return positions


def _overview(participant, now):
    registrations = (
        Registration.objects.filter(participant=participant)
        .select_related("edition__course", "edition__event_page")
        .only(*OVERVIEW_FIELDS)
        .order_by("edition__first_start", "pk")
    )
    sections = defaultdict(list)
    called_off = {}  # the academy cancelled the edition: the person should still hear about it
    for registration in registrations:
        section = _section(registration, now)
        if section == "called_off":
            called_off[registration.edition_id] = registration
        elif section is not None:
            sections[section].append(registration)
    # Past trainings show no sessions (and a person collects many of them over the years).
    with_sessions = [*sections["upcoming"], *called_off.values(), *sections["waiting"]]
    with_sessions += sections["offers"]
    sessions = _sessions_by_edition({r.edition_id for r in with_sessions})

    def card(registration):
        edition = registration.edition
        return Card(
            registration=registration,
            title=edition.title,
            sessions=sessions[edition.pk],
            can_cancel=rules.may_cancel(registration, now),
            deadline=rules.cancellation_deadline(edition),
        )

    upcoming = [card(r) for r in [*sections["upcoming"], *called_off.values()]]
    upcoming.sort(key=lambda c: (c.registration.edition.first_start or now, c.registration.pk))
    for each in upcoming:
        each.session_lines = [_session_line(s) for s in each.sessions if s.end >= now]
    waiting = [card(r) for r in sections["waiting"]]
    positions = _waiting_positions(sections["waiting"])
    for each in waiting:
        each.position = positions.get(each.registration.pk)
    return {
        "upcoming": upcoming,
        "waiting": waiting,
        "offers": [card(r) for r in sections["offers"]],
        "past": [card(r) for r in reversed(sections["past"])],
    }


def _needs_phone(upcoming):
    """Only a card that can no longer be cancelled online shows the phone number."""
    return any(not card.can_cancel and not card.cancelled for card in upcoming)


@never_cache
@login_required
@require_GET
def mine(request):
    participant = current_participant(request)
    # The page header names the person: give it the participant already loaded, instead
    # of a second query through request.user.participant.
    request.user.participant = participant
    now = timezone.now()
    overview = _overview(participant, now)
    context = {
        "participant": participant,
        # The phone number costs two queries (the site and its settings): only when shown.
        "phone": site_phone(request) if _needs_phone(overview["upcoming"]) else "",
        "crumb_title": _("Mijn academie"),
        **overview,
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
