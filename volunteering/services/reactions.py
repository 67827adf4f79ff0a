""" "Ik wil dit doen": a person reacts to a live vacancy without an account.

The reaction is saved and its mails queued in one transaction: either everything is
there or nothing is. The organisation gets the person's details, the person a
confirmation; an organisation that does not answer in time is reminded once.
"""

import datetime as dt
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from .. import links, mail, rules
from ..models import Reaction, Vacancy
from .contact_details import same_person_q, vmca_contact

# The same person reacting twice to one vacancy within this time is a double click or a
# second try, not a new reaction.
DUPLICATE_WINDOW = dt.timedelta(hours=24)


class ReactionError(Exception):
    """Why a reaction was not saved, in words for the person, with the HTTP status."""

    def __init__(self, message, status=400):
        super().__init__(str(message))
        self.message = message
        self.status = status


class VacancyNotLive(ReactionError):
    def __init__(self):
        super().__init__(
            _(
                "U kunt niet meer reageren op deze vacature. Hij staat niet meer online. "
                "Kijk of er andere vacatures voor u zijn."
            ),
            status=410,
        )


class AlreadyReacted(ReactionError):
    def __init__(self, reaction):
        super().__init__(
            _(
                "U hebt al gereageerd op deze vacature. De organisatie heeft uw reactie. "
                "U hoeft niets meer te doen."
            ),
            status=409,
        )
        self.reaction = reaction


@dataclass(frozen=True)
class ReactionData:
    """What the form collected (checked already: a name, and an e-mail or phone)."""

    name: str
    email: str = ""
    phone: str = ""
    message: str = ""
    contact_preference: str = ""
    consent: bool = False


def mine_link(vacancy, language=None):
    """The organisation's list of reactions to this vacancy in Mijn organisatie."""
    return links.mine_url("volunteering:reactions", language=language, vacancy_id=vacancy.pk)


def organisation_addresses(vacancy):
    """The vacancy's contact, and the organisation's general address when it differs."""
    addresses = []
    for address in (vacancy.contact_email, vacancy.organisation.email):
        if address and address.lower() not in {known.lower() for known in addresses}:
            addresses.append(address)
    return addresses


def _earlier_reaction(vacancy, data, now):
    same_person = same_person_q(data.email, data.phone)
    if same_person is None:
        return None
    return (
        Reaction.objects.filter(vacancy=vacancy, created__gt=now - DUPLICATE_WINDOW)
        .filter(same_person)
        .first()
    )


def _locked_vacancy(vacancy_id):
    """The vacancy, row-locked: two reactions of one person at once are counted in turn."""
    return (
        Vacancy.objects.select_for_update(of=("self",))
        .select_related("organisation__vacancy_account")
        .get(pk=vacancy_id)
    )


def react(vacancy, data, *, now, language):
    """Save a reaction to a live vacancy and queue its mails; returns the Reaction.

    Raises VacancyNotLive (410) or AlreadyReacted (the same e-mail or phone reacted to
    this vacancy within 24 hours; nothing new is saved or sent).
    """
    if not isinstance(data, ReactionData):
        data = ReactionData(**data)
    with transaction.atomic():
        vacancy = _locked_vacancy(vacancy.pk)
        if not rules.is_live(vacancy, now):
            raise VacancyNotLive()
        earlier = _earlier_reaction(vacancy, data, now)
        if earlier is not None:
            raise AlreadyReacted(earlier)
        reaction = Reaction.objects.create(
            vacancy=vacancy,
            name=data.name.strip(),
            email=data.email.strip(),
            phone=data.phone.strip(),
            message=data.message.strip(),
            contact_preference=data.contact_preference
            or Reaction._meta.get_field("contact_preference").default,
            consent=data.consent,
            language=language or settings.LANGUAGE_CODE,
            created=now,
        )
        _queue_received(reaction)
        _queue_confirmation(reaction)
    return reaction


def _context(reaction, language=None):
    vacancy = reaction.vacancy
    return {
        "reaction": reaction,
        "vacancy": vacancy,
        "organisation": vacancy.organisation,
        "vacancy_url": links.vacancy_url(vacancy, language=language, absolute=True),
        "mine_url": mine_link(vacancy, language=language),
        "answer_days": settings.VOLUNTEERING_REACTION_ANSWER_DAYS,
        "vmca": vmca_contact(),
    }


def _queue_received(reaction):
    # The organisation reads in Dutch: its account has no language of its own.
    context = _context(reaction, settings.LANGUAGE_CODE)
    for address in organisation_addresses(reaction.vacancy):
        mail.queue(
            "reaction_received",
            address,
            context,
            key=f"reaction-received:{reaction.pk}:{address.lower()}",
            language=settings.LANGUAGE_CODE,
        )


def _queue_confirmation(reaction):
    if not reaction.email:
        return
    mail.queue(
        "reaction_confirmation",
        reaction.email,
        _context(reaction, reaction.language),
        key=f"reaction-confirmation:{reaction.pk}",
        language=reaction.language,
    )


def send_reaction_reminders(now):
    """Remind organisations once of reactions they have not answered in time (see
    rules.reaction_reminder_due); returns how many reactions were reminded about."""
    candidates = Reaction.objects.filter(
        rules.unanswered_q(now), reminder_sent_at__isnull=True
    ).values_list("pk", flat=True)
    reminded = 0
    for reaction_id in list(candidates):
        with transaction.atomic():
            # Locked and checked again: a second run at the same time waits here and
            # then finds reminder_sent_at set.
            reaction = (
                Reaction.objects.select_for_update(of=("self",))
                .select_related("vacancy__organisation")
                .filter(pk=reaction_id)
                .first()
            )
            if reaction is None or not rules.reaction_reminder_due(reaction, now):
                continue
            context = _context(reaction, settings.LANGUAGE_CODE)
            for address in organisation_addresses(reaction.vacancy):
                mail.queue(
                    "reaction_reminder",
                    address,
                    context,
                    key=f"reaction-reminder:{reaction.pk}:{address.lower()}",
                    language=settings.LANGUAGE_CODE,
                )
            reaction.reminder_sent_at = now
            reaction.save(update_fields=["reminder_sent_at"])
            reminded += 1
    return reminded
