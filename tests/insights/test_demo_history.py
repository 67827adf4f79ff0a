"""The demo's two years of history: every chart of the figures has data in each month,
and loading the demo again adds nothing."""

import datetime as dt

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.db.models import Count, Q
from django.db.models.functions import TruncMonth
from django.utils import timezone

from academy.demo import AcademyDemoBuilder
from academy.demo_history import HISTORY_NOTE
from academy.models import (
    Attendance,
    Certificate,
    Edition,
    Invoice,
    InvoiceCounter,
    Payment,
    Registration,
    RegistrationStatus,
)
from cms.demo.builder import DemoBuilder
from cms.figures import local_zone, months_between
from events.demo import EventsDemoBuilder
from guide import counts
from guide.demo import GuideDemoBuilder
from guide.models import AnswerCount, CallbackRequest
from volunteering.demo import VacaturebankDemoBuilder
from volunteering.models import Reaction

COUNTED_APPS = ("academy", "volunteering", "guide", "cms", "events", "auth")
ALMERE = local_zone()


def build(admin, now):
    EventsDemoBuilder(admin=admin).build()
    AcademyDemoBuilder(admin=admin).build()
    VacaturebankDemoBuilder(admin=admin, now=now).build()
    GuideDemoBuilder(admin=admin, now=now).build()


def rows():
    return {
        model._meta.label: model.objects.count()
        for model in apps.get_models()
        if model._meta.app_label in COUNTED_APPS and model._meta.managed
    }


def per_month(queryset, field):
    found = (
        queryset.annotate(month=TruncMonth(field, tzinfo=ALMERE))
        .values("month")
        .annotate(n=Count("pk"))
        .order_by()
    )
    return {row["month"].date(): row["n"] for row in found}


@pytest.mark.slow
@pytest.mark.django_db
@pytest.mark.fixed_clock("2027-03-10T12:00:00+01:00")
def test_demo_has_two_years_of_history_and_loads_twice_without_duplicates(now):
    pages = DemoBuilder()
    pages.build()
    build(pages.admin, now)

    this_month = timezone.localdate(now).replace(day=1)
    months = list(months_between(dt.date(2025, 3, 1), this_month))
    assert len(months) == 24

    registrations = per_month(Registration.objects.all(), "created")
    attendance = per_month(Attendance.objects.all(), "session__start")
    reactions = per_month(Reaction.objects.all(), "created")
    matches = per_month(Reaction.objects.filter(status="gestart"), "created")
    walks = {row.key: row.count for row in counts.walks_per_month(months[0], this_month)}
    for month in months:
        assert 25 <= registrations.get(month, 0) <= 130, (month, registrations.get(month))
        assert attendance.get(month, 0) > 0, month
        assert reactions.get(month, 0) > 0, month
        assert walks[month] >= 40, month
    assert sum(matches.get(month, 0) for month in months) >= 100
    # Growth: the last year has more registrations and walks than the year before.
    first, last = months[:12], months[12:]
    assert sum(registrations.get(m, 0) for m in last) > sum(registrations.get(m, 0) for m in first)
    assert sum(walks[m] for m in last) > sum(walks[m] for m in first)

    # The history obeys the models' rules.
    history = Edition.objects.filter(internal_notes=HISTORY_NOTE).with_counts()
    assert history.count() >= 100
    assert all(e.taken_count <= e.capacity and e.last_end < now for e in history)
    assert not Registration.objects.filter(
        edition__in=history, status__in=("wachtlijst", "aangeboden", "wacht-betaling")
    ).exists()
    assert {"aangemeld", "afgemeld", "verlopen", "van-wachtlijst"} <= set(
        Registration.objects.filter(edition__in=history).values_list("status", flat=True)
    )
    assert set(
        Registration.objects.filter(edition__in=history).values_list("participant_type", flat=True)
    ) == {"vrijwilliger", "mantelzorger", "professional", "organisatie", "anders"}
    assert Attendance.objects.filter(session__edition__in=history, status="afwezig").exists()
    certificates = Certificate.objects.filter(registration__edition__in=history)
    assert certificates.filter(kind="accreditatie", points__gt=0).exists()
    for edition in history:
        assert certificates.filter(registration__edition=edition).exists(), edition
    paid = Payment.objects.filter(registration__edition__in=history, status="betaald")
    assert paid.filter(refunded_cents__gt=0).exists()
    for year in (2025, 2026):
        numbers = sorted(Invoice.objects.filter(year=year).values_list("sequence", flat=True))
        assert numbers == list(range(1, len(numbers) + 1)), year  # no gaps
        assert InvoiceCounter.objects.get(year=year).last_number == len(numbers)
    answered = Reaction.objects.filter(created__lt=now - dt.timedelta(days=60))
    assert not answered.filter(Q(status="nieuw") | Q(status_changed_at=None)).exists()
    assert CallbackRequest.objects.filter(created_at__gte=now - dt.timedelta(days=60)).count() >= 5

    # The figures group for communication and management.
    chief = get_user_model().objects.get(username="hoofdredacteur")
    assert chief.groups.filter(name="Cijfers").exists()
    assert chief.has_perm("insights.view_figures")
    assert not get_user_model().objects.get(username="redacteur").has_perm("insights.view_figures")

    before = rows()
    answer_counts = AnswerCount.objects.count()
    DemoBuilder().build()
    build(pages.admin, now)
    assert rows() == before
    assert AnswerCount.objects.count() == answer_counts
    assert Registration.objects.filter(status=RegistrationStatus.CONFIRMED).exists()
