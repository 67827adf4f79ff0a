"""The admin's start page for academy people (Wagtail's construct_homepage_panels hook).

- A trainer sees "Mijn sessies vandaag en deze week": the sessions of their own editions
  from today up to a week ahead, each with a link to its roster.
- Academy staff (who see every edition) see the coming editions with how full they are,
  the waiting lists, the open offers and the unpaid invoices.

Who is who comes from academy.access: staff see all editions (`sees_all`), a trainer may
take attendance (`may(user, "attendance")`) and sees only their own editions. All the
queries are in this module, a fixed handful however many editions there are (the tests
count them).
"""

import datetime as dt

from django.db.models import Count, Q, Sum
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.ui.components import Component

from .. import rules
from ..access import may, sees_all, visible_editions
from ..formatting import format_money
from ..models import (
    Edition,
    EditionStatus,
    Payment,
    PaymentMethod,
    PaymentStatus,
    Registration,
    RegistrationStatus,
    Session,
)
from .attendance import roster_url
from .views import EDITION_URL, edition_url

WEEK_AHEAD = 6  # today and the six days after it
UPCOMING_EDITIONS = 8
LISTED_WAITING = 8
LISTED_OFFERS = 8
VIEW_PAYMENTS = "academy.view_payment"
PAYMENTS_INDEX = "academy_payments:index"

# The queries ---------------------------------------------------------------------------------


def trainer_sessions(user, now):
    """The user's sessions from the start of today to the end of the sixth day after it,
    with the edition and its number of confirmed places: one query."""
    today = timezone.localdate(now)
    since = timezone.make_aware(dt.datetime.combine(today, dt.time.min))
    until = timezone.make_aware(
        dt.datetime.combine(today + dt.timedelta(days=WEEK_AHEAD + 1), dt.time.min)
    )
    confirmed = Q(edition__registrations__status=RegistrationStatus.CONFIRMED)
    return list(
        Session.objects.filter(
            edition__in=visible_editions(user), start__gte=since, start__lt=until
        )
        .exclude(edition__status=EditionStatus.CANCELLED)
        .select_related("edition", "edition__course", "edition__event_page")
        .annotate(confirmed_count=Count("edition__registrations", filter=confirmed))
        .order_by("start", "pk")
    )


def upcoming_editions(now):
    """The next editions that go ahead, with their live counts: one query."""
    return list(
        Edition.objects.with_counts()
        .filter(first_start__gt=now)
        .exclude(status__in=(EditionStatus.CANCELLED, EditionStatus.COMPLETED))
        .select_related("course", "event_page")
        .order_by("first_start", "pk")[:UPCOMING_EDITIONS]
    )


def waiting_lists(now):
    """Editions that have not ended with people on the waiting list, most waiting first:
    one query."""
    return list(
        Edition.objects.with_counts()
        .filter(waiting_count__gt=0)
        .filter(Q(last_end__isnull=True) | Q(last_end__gt=now))
        .exclude(status__in=(EditionStatus.CANCELLED, EditionStatus.COMPLETED))
        .select_related("course", "event_page")
        .order_by("-waiting_count", "first_start", "pk")[:LISTED_WAITING]
    )


def open_offers():
    """Places offered and not yet answered, the first to expire first: one query."""
    return list(
        Registration.objects.filter(status=RegistrationStatus.OFFERED)
        .select_related("participant", "edition", "edition__course", "edition__event_page")
        .order_by("offer_expires_at", "pk")[:LISTED_OFFERS]
    )


def open_invoices():
    """How many invoices wait for payment and their total in cents: one query."""
    totals = Payment.objects.filter(
        method=PaymentMethod.INVOICE, status=PaymentStatus.OPEN
    ).aggregate(count=Count("pk"), cents=Sum("amount_cents"))
    return totals["count"], totals["cents"] or 0


# The panels ----------------------------------------------------------------------------------


class MySessionsPanel(Component):
    name = "academy_my_sessions"
    template_name = "academy/admin/dashboard/my_sessions.html"
    order = 50

    def __init__(self, user, now):
        self.user, self.now = user, now

    def get_context_data(self, parent_context=None):
        today = timezone.localdate(self.now)
        groups = {"today": [], "week": []}
        for session in trainer_sessions(self.user, self.now):
            session.roster_url = roster_url(session.edition_id, session.pk)
            session.is_open = rules.attendance_open(session, self.now)
            day = timezone.localtime(session.start).date()
            groups["today" if day == today else "week"].append(session)
        return {**groups, "index_url": reverse("academy_attendance:index")}


class AcademyOverviewPanel(Component):
    name = "academy_overview"
    template_name = "academy/admin/dashboard/overview.html"
    order = 60

    def __init__(self, user, now):
        self.user, self.now = user, now

    def get_context_data(self, parent_context=None):
        editions = upcoming_editions(self.now)
        for edition in editions:
            edition.free = rules.free_places(edition, rules.place_counts(edition))
            edition.url = edition_url("registrations", edition.pk)
        waiting = waiting_lists(self.now)
        for edition in waiting:
            edition.url = edition_url("registrations", edition.pk)
        offers = open_offers()
        for registration in offers:
            registration.url = edition_url("registrations", registration.edition_id)
        context = {
            "editions": editions,
            "waiting": waiting,
            "offers": offers,
            "editions_url": reverse(f"{EDITION_URL}:index") + "?when=upcoming",
            "show_invoices": self.user.has_perm(VIEW_PAYMENTS),
        }
        if context["show_invoices"]:
            count, cents = open_invoices()
            context.update(
                invoice_count=count,
                invoice_total=format_money(cents),
                invoices_url=reverse(PAYMENTS_INDEX)
                + f"?method={PaymentMethod.INVOICE}&status={PaymentStatus.OPEN}",
            )
        return context


def panels_for(user, now):
    """The academy's panels for this user: staff the overview, a trainer their sessions."""
    if not user.is_authenticated:
        return []
    if sees_all(user):
        return [AcademyOverviewPanel(user, now)]
    if may(user, "attendance"):
        return [MySessionsPanel(user, now)]
    return []


def add_panels(request, panels):
    panels.extend(panels_for(request.user, timezone.now()))
