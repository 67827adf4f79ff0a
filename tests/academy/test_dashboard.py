"""The admin's start page: a trainer's sessions today and this week (with roster links),
and for academy staff the coming editions with how full they are, waiting lists, open
offers and unpaid invoices; a fixed number of queries however much there is."""

import datetime as dt

import pytest
from django.test import RequestFactory
from django.urls import reverse

from academy.admin import dashboard
from academy.models import Payment, PaymentMethod, PaymentStatus
from academy.models import RegistrationStatus as S
from academy.services import registration as services
from tests import factories as f

from .conftest import book, course, edition, edition_in_progress, participant

pytestmark = pytest.mark.django_db


def roster(ed, session):
    return reverse("academy_editions:roster", args=(ed.pk, session.pk))


def registrations(ed):
    return reverse("academy_editions:registrations", args=(ed.pk,))


@pytest.fixture
def trainer(academy):
    account = f.user(groups=["Trainers"])
    person = f.person(first_name="Tineke", last_name="Trainer", is_trainer=True, user=account)
    return account, person


def give(ed, person):
    ed.trainers.add(person)
    ed.save()
    return ed


def test_trainer_sees_own_sessions_today_and_this_week_with_roster_links(client, trainer, now):
    account, person = trainer
    running = give(edition_in_progress(now, course_page=course(title="Eerste hulp")), person)
    book(running, participant())
    in_three_days = give(
        edition(course(title="Omgaan met dementie"), first_start=now + dt.timedelta(days=3)),
        person,
    )
    next_month = give(
        edition(course(title="Volgende maand"), first_start=now + dt.timedelta(days=30)), person
    )
    not_mine = edition(course(title="Van een ander"), first_start=now + dt.timedelta(days=1))
    client.force_login(account)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Mijn sessies vandaag en deze week" in html
    assert roster(running, running.sessions.get()) in html
    assert roster(in_three_days, in_three_days.sessions.get()) in html
    assert "Eerste hulp" in html and "Omgaan met dementie" in html
    assert "1 deelnemer aangemeld" in html
    assert (
        "Volgende maand" not in html and roster(next_month, next_month.sessions.get()) not in html
    )
    assert "Van een ander" not in html and roster(not_mine, not_mine.sessions.get()) not in html
    # Not the staff overview: a trainer sees no offers, waiting lists or invoices.
    assert "data-academy-overview" not in html


def test_trainer_without_sessions_this_week_is_told_so(client, trainer):
    account, _person = trainer
    client.force_login(account)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Vandaag heeft u geen bijeenkomsten." in html
    assert reverse("academy_attendance:index") in html


def test_staff_see_editions_with_fill_waiting_lists_offers_and_invoices(staff_client, now):
    soon = edition(course(title="Bijna vol"), capacity=2, first_start=now + dt.timedelta(days=5))
    first = services.register(soon.pk, participant(first_name="Fatima", last_name="El Amrani"))
    services.register(soon.pk, participant())
    services.register(soon.pk, participant(first_name="Wacht", last_name="Ende"))
    services.cancel(first, by=services.CancelledBy.STAFF)  # the waiting person gets an offer
    offered = soon.registrations.get(participant__last_name="Ende")
    assert offered.status == S.OFFERED
    services.register(soon.pk, participant(first_name="Nog", last_name="Eentje"))  # waits
    later = edition(course(title="Later dit jaar"), capacity=12, min_participants=4)
    services.register(later.pk, participant())
    Payment.objects.create(
        registration=services.register(later.pk, participant()),
        method=PaymentMethod.INVOICE,
        status=PaymentStatus.OPEN,
        amount_cents=12500,
        reference="VMCA-TEST-1",
    )
    past = edition(course(title="Al geweest"), first_start=now - dt.timedelta(days=20))

    html = staff_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "data-academy-overview" in html
    assert "Mijn sessies vandaag en deze week" not in html
    assert registrations(soon) in html and registrations(later) in html
    assert "2 van 2" in html  # one confirmed and one offered place of two
    assert "2 van 12" in html
    assert "minimum 4 nog niet gehaald" in html
    assert "Al geweest" not in html and registrations(past) not in html
    assert "1 persoon wacht" in html
    assert "Wacht Ende" in html and "Geldig tot" in html
    assert "1 factuur is nog niet betaald (€ 125,00)" in html
    assert "?method=factuur&amp;status=open" in html


def test_editor_gets_no_academy_panels(client, academy):
    client.force_login(f.redacteur())
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "data-academy-overview" not in html
    assert "Mijn sessies vandaag en deze week" not in html


# Cheap: a fixed number of queries ---------------------------------------------------------------


def render(panel, user):
    request = RequestFactory().get("/admin/")
    request.user = user
    return panel.render_html({"request": request, "csrf_token": ""})


def lots_of_everything(now, person=None, editions=6):
    for number in range(editions):
        ed = edition(
            course(title=f"Training {number}"),
            capacity=1,
            sessions=2,
            first_start=now + dt.timedelta(days=1 + number % 5, hours=number),
        )
        if person is not None:
            give(ed, person)
        first = services.register(ed.pk, participant())
        services.register(ed.pk, participant())
        services.register(ed.pk, participant())
        services.cancel(first, by=services.CancelledBy.STAFF)  # an offer and a waiting person
        Payment.objects.create(
            registration=ed.registrations.filter(status=S.OFFERED).get(),
            method=PaymentMethod.INVOICE,
            status=PaymentStatus.OPEN,
            amount_cents=5000,
            reference=f"VMCA-TEST-{number}-{ed.pk}",
        )


def test_staff_overview_costs_a_fixed_handful_of_queries(staff, now, django_assert_max_num_queries):
    lots_of_everything(now, editions=2)
    (panel,) = dashboard.panels_for(staff, now)
    with django_assert_max_num_queries(6) as few:
        render(panel, staff)
    lots_of_everything(now, editions=8)
    (panel,) = dashboard.panels_for(staff, now)
    with django_assert_max_num_queries(len(few.captured_queries)):
        html = render(panel, staff)
    assert html.count("data-edition=") == dashboard.UPCOMING_EDITIONS


def test_trainer_panel_costs_a_fixed_handful_of_queries(
    trainer, now, django_assert_max_num_queries
):
    account, person = trainer
    lots_of_everything(now, person=person, editions=1)
    (panel,) = dashboard.panels_for(account, now)
    with django_assert_max_num_queries(4) as few:
        render(panel, account)
    lots_of_everything(now, person=person, editions=6)
    (panel,) = dashboard.panels_for(account, now)
    with django_assert_max_num_queries(len(few.captured_queries)):
        html = render(panel, account)
    assert html.count("/presentie/") >= 7
