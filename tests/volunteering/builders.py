"""Builders for vacaturebank tests: the index page, organisations, vacancies, reactions.

Times come from `now` (the test clock, tests/clock.py); pass it in, never read the wall
clock.
"""

import datetime as dt
import itertools

from django.contrib.auth import get_user_model
from django.utils import timezone

from tests import factories as f

_numbers = itertools.count(1)


def vacancy_index(parent=None):
    from volunteering.models import VacancyIndexPage

    parent = parent or f.home_page()
    existing = VacancyIndexPage.objects.child_of(parent).first()
    return existing or f.add_page(
        parent, VacancyIndexPage, title="Vacaturebank", slug="vacaturebank"
    )


def wijk(name, district=None):
    from django.utils.text import slugify

    from cms.models import Wijk

    found, _ = Wijk.objects.get_or_create(
        slug=slugify(name), defaults={"name": name, "district": district}
    )
    return found


def theme(name="Zorg"):
    from django.utils.text import slugify

    from cms.models import Theme

    found, _ = Theme.objects.get_or_create(slug=slugify(name), defaults={"name": name})
    return found


def user(email=None):
    from allauth.account.models import EmailAddress

    number = next(_numbers)
    email = email or f"persoon{number}@example.org"
    account = get_user_model().objects.create_user(username=f"user{number}", email=email)
    EmailAddress.objects.create(user=account, email=email, verified=True, primary=True)
    return account


def organisation(name=None, status="goedgekeurd", members=(), now=None, **fields):
    """An organisation in the register with its vacaturebank account (status: one of
    OrganisationStatus; None for a partner that never signed up)."""
    from cms.models import Partner
    from volunteering.models import Membership, OrganisationAccount

    number = next(_numbers)
    partner = Partner.objects.create(
        name=name or f"Stichting Voorbeeld {number}",
        contact_name=fields.pop("contact_name", "Sanne de Vries"),
        email=fields.pop("email", f"info{number}@organisatie.example"),
        **fields,
    )
    if status is not None:
        OrganisationAccount.objects.create(
            organisation=partner, status=status, requested_at=now or timezone.now()
        )
    for member in members:
        Membership.objects.create(organisation=partner, user=member)
    return partner


def vacancy(organisation_=None, now=None, live=True, **fields):
    """A vacancy; live=True makes it published and online for the coming months."""
    from volunteering.models import Vacancy, VacancyStatus

    now = now or timezone.now()
    number = next(_numbers)
    themes = fields.pop("themes", ())
    audiences = fields.pop("audiences", ())
    defaults = {
        "title": f"Vrijwilliger gezocht {number}",
        "summary": "Help mee in de wijk, een paar uur per week.",
        "tasks": "U helpt bewoners met kleine klussen.",
        "contact_name": "Sanne de Vries",
        "contact_email": "sanne@organisatie.example",
        "hours_per_week": 3,
    }
    if live:
        defaults.update(
            status=VacancyStatus.PUBLISHED,
            submitted_at=now - dt.timedelta(days=3),
            published_at=now - dt.timedelta(days=2),
            expires_on=timezone.localdate(now) + dt.timedelta(days=90),
        )
    defaults.update(fields)
    item = Vacancy.objects.create(organisation=organisation_ or organisation(now=now), **defaults)
    if themes:
        item.themes.set(themes)
    if audiences:
        item.audiences.set(audiences)
    return item


def reaction(vacancy_, now=None, **fields):
    from volunteering.models import Reaction

    number = next(_numbers)
    defaults = {
        "name": f"Kandidaat {number}",
        "email": f"kandidaat{number}@example.org",
        "message": "Ik help graag mee.",
        "consent": True,
        "created": now or timezone.now(),
    }
    defaults.update(fields)
    return Reaction.objects.create(vacancy=vacancy_, **defaults)
