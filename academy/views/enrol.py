"""Enrolling for an edition, and the page an e-mail link opens for one registration."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.http import Http404
from django.shortcuts import redirect
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from cms import ratelimit

from .. import rules
from ..formatting import format_price
from ..forms import ConfirmForm, EnrolForm
from ..models import Edition, ProfessionalRegistration, Registration, RegistrationStatus
from ..services import registration as services
from ..services.errors import RegistrationError
from .common import (
    current_participant,
    registration_by_token_or_404,
    render_with_status,
)
from .payments import go_to_checkout
from .registration_page import render_registration

Status = RegistrationStatus


def _edition_or_404(edition_id, participant, full=True):
    """The edition of a live course or event page, with its course and the course's prices
    (the form and the engine both need them). `full` adds what the page shows (places,
    sessions, accreditations, the event page); a POST that succeeds only needs the edition
    itself (an edition of an event page reads that page below, to check it is live).

    `books_same_course` says whether `participant` has any live place in another edition
    of this course: only then are those places read for rules.same_course_booking."""
    other_places = Registration.objects.live().filter(
        participant=participant, edition__course_id=OuterRef("course_id")
    )
    editions = (
        Edition.objects.select_related("course")
        .prefetch_related("course__prices")
        .annotate(books_same_course=Exists(other_places.exclude(edition_id=OuterRef("pk"))))
    )
    if full:
        editions = (
            editions.with_counts()
            .select_related("event_page", "wijk")
            .prefetch_related("sessions", "course__accreditations__register")
        )
    edition = editions.filter(pk=edition_id).first()
    if edition is None:
        raise Http404
    owner = edition.owner_page
    if owner is None or not owner.live:
        raise Http404
    return edition


def _closed_reason(edition, now):
    """Why the form is not shown, or None when people can sign up (or join the waiting list)."""
    try:
        services.check_open(edition, now, staff=False)
    except RegistrationError as error:
        return error.message
    return None


def refund_rule(edition):
    """The refund rule of a paid training in one sentence, shown before anyone pays."""
    percent = rules.course_refund_percent(edition)
    deadline = rules.cancellation_deadline(edition)
    if percent <= 0:
        return _("Meldt u zich af? Dan krijgt u geen geld terug.")
    if deadline is None:
        if percent >= 100:
            return _("Meldt u zich af? Dan krijgt u het hele bedrag terug.")
        return _("Meldt u zich af? Dan krijgt u %(percent)s%% van het bedrag terug.") % {
            "percent": percent
        }
    local = timezone.localtime(deadline)
    when = {"day": formats.date_format(local, "l j F Y"), "time": formats.time_format(local)}
    if percent >= 100:
        return (
            _(
                "Meldt u zich af vóór %(day)s, %(time)s uur? Dan krijgt u het hele bedrag terug. "
                "Daarna krijgt u niets terug."
            )
            % when
        )
    return _(
        "Meldt u zich af vóór %(day)s, %(time)s uur? Dan krijgt u %(percent)s%% van het "
        "bedrag terug. Daarna krijgt u niets terug."
    ) % {**when, "percent": percent}


# A second place in the same course is taken only after the person chose it on the enrol
# page (the warning of rules.same_course_booking): the form carries this answer.
SECOND_PLACE_FIELD = "andere_groep"


def _same_course_booking(edition, participant, now):
    if not edition.course_id or not edition.books_same_course:
        return None
    registrations = (
        participant.registrations.live()
        .filter(edition__course_id=edition.course_id)
        .exclude(edition_id=edition.pk)
        .select_related("edition")
    )
    return rules.same_course_booking(edition, registrations, now)


def _second_place_chosen(request):
    answers = request.POST if request.method == "POST" else request.GET
    return answers.get(SECOND_PLACE_FIELD) == "ja"


def success_message(registration):
    if registration.status == Status.CONFIRMED:
        return _("U bent aangemeld. U krijgt een bevestiging per e-mail.")
    if registration.status == Status.WAITING:
        message = _("U staat op de wachtlijst, plek %(position)s. We mailen u als er plek is.")
        return message % {"position": registration.waiting_position()}
    return ""


def _save_profile_and_register(form, edition, participant):
    answers = form.answers()
    billing = form.billing()
    if not form.asks_profile and not answers.wants_accreditation:
        return services.register(edition, participant, answers, billing=billing)
    # Profile changes count only when the registration succeeds: nothing half-saved.
    with transaction.atomic():
        if form.asks_profile:
            for name, value in form.profile_changes().items():
                setattr(participant, name, value)
            participant.save()
        if answers.wants_accreditation:
            ProfessionalRegistration.objects.update_or_create(
                participant=participant,
                register_id=answers.register_id,
                defaults={"number": answers.register_number},
            )
        return services.register(edition, participant, answers, billing=billing)


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def enrol(request, edition_id):
    participant = current_participant(request)
    status = 200
    form = None
    if request.method == "POST":
        edition = _edition_or_404(edition_id, participant, full=False)
        form = EnrolForm(request.POST, edition=edition, participant=participant)
        verdict = ratelimit.hit("enrol", request.user.pk, settings.ACADEMY_ENROL_RATE)
        if not verdict.allowed:
            form.add_error(
                None, _("U hebt zich net vaak aangemeld. Wacht even en probeer het dan opnieuw.")
            )
            status = 429
        elif not _second_place_chosen(request) and _same_course_booking(
            edition, participant, timezone.now()
        ):
            status = 409  # the page asks first whether a second group is meant
        elif form.is_valid():
            try:
                registration = _save_profile_and_register(form, edition, participant)
            except RegistrationError as error:
                participant.refresh_from_db()
                form.add_error(None, error.message)
                status = error.status
            else:
                if registration.status == Status.AWAITING_PAYMENT:
                    return go_to_checkout(request, registration)
                messages.success(request, success_message(registration))
                return redirect("academy:registration", registration.token)
        else:
            status = 400
    edition = _edition_or_404(edition_id, participant)
    now = timezone.now()
    existing = edition.registrations.live().filter(participant=participant).first()
    other_booking = None if existing else _same_course_booking(edition, participant, now)
    if form is None:
        form = EnrolForm(None, edition=edition, participant=participant)
    course = edition.course
    price = course.price_for(participant.participant_type) if course is not None else 0
    context = {
        "edition": edition,
        "owner": edition.owner_page,
        "sessions": list(edition.sessions.all()),
        "participant": participant,
        "form": form,
        "existing": existing,
        "other_booking": other_booking,
        "ask_second_place": other_booking is not None and not _second_place_chosen(request),
        "second_place_field": SECOND_PLACE_FIELD,
        "closed_reason": None if existing else _closed_reason(edition, now),
        "price_text": format_price(price),
        "price_cents": price,
        "refund_rule": refund_rule(edition) if price else "",
        "availability": rules.availability(edition, now),
        "crumb_title": _("Aanmelden"),
    }
    return render_with_status(request, "academy/enrol/enrol.html", context, status)


def cancelled_message():
    return _("U bent afgemeld. U krijgt een bevestiging per e-mail.")


def _end(registration):
    if registration.status == Status.WAITING:
        return services.leave_waiting_list(registration)
    return services.cancel(registration)


@never_cache
@require_http_methods(["GET", "POST"])
def registration_by_token(request, token):
    """Works from an e-mail link without signing in: the token in the link is the secret."""
    registration = registration_by_token_or_404(token)
    error_message = None
    status = 200
    if request.method == "POST":
        form = ConfirmForm(request.POST)
        if request.POST.get("action") != "cancel" or not form.is_valid():
            error_message = _("Dit kan niet. Probeer het opnieuw.")
            status = 400
        else:
            was_waiting = registration.status == Status.WAITING
            try:
                _end(registration)
            except RegistrationError as error:
                error_message = error.message
                status = error.status
            else:
                if was_waiting:
                    messages.success(request, _("U staat niet meer op de wachtlijst."))
                else:
                    messages.success(request, cancelled_message())
                return redirect("academy:registration", registration.token)
            registration.refresh_from_db()
    return render_registration(request, registration, error_message, status)
