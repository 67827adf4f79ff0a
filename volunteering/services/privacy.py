"""A person's data in the vacaturebank, for an AVG request to VMCA: find it, export it,
erase it.

People react and ask for help without an account, so a person is found by the e-mail
address or phone number they gave. Staff export everything as JSON, or erase it: the
reactions, help requests and vacancy alerts are deleted, with the mails to that address.
The audit entry says who erased how many rows, never whose data it was.
"""

import re

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.models import ModelLogEntry

from ..models import HelpRequest, OutgoingMessage, Reaction, VacancyAlert
from . import staff_log

# Phone numbers are typed in many ways (06-12345678, +31 6 1234 5678): they match on
# their last nine digits, which are the same in every way of writing a Dutch number.
PHONE_DIGITS = 9
_NOT_DIGITS = re.compile(r"\D")


class PrivacyError(Exception):
    def __init__(self, message, status=400):
        super().__init__(str(message))
        self.message = message
        self.status = status


def _phone_key(value):
    digits = _NOT_DIGITS.sub("", value or "")
    return digits[-PHONE_DIGITS:] if len(digits) >= PHONE_DIGITS else ""


def parse_identifier(value):
    """("email", address) or ("phone", last digits); PrivacyError for anything else."""
    value = (value or "").strip()
    if "@" in value:
        return "email", value.lower()
    key = _phone_key(value)
    if key:
        return "phone", key
    raise PrivacyError(_("Vul een e-mailadres of een telefoonnummer in."))


def _matching(model, kind, key):
    rows = model.objects.all()
    if model is Reaction:
        rows = rows.select_related("vacancy", "vacancy__organisation")
    if kind == "email":
        return list(rows.filter(email__iexact=key))
    # The database narrows it down on the last four digits; Python compares exactly.
    candidates = rows.filter(phone__contains=key[-4:])
    return [row for row in candidates if _phone_key(row.phone) == key]


class PersonData:
    """Everything the vacaturebank holds about one person."""

    def __init__(self, identifier):
        self.kind, self.key = parse_identifier(identifier)
        self.reactions = sorted(
            _matching(Reaction, self.kind, self.key),
            key=lambda row: row.created,
        )
        self.help_requests = sorted(
            _matching(HelpRequest, self.kind, self.key), key=lambda row: row.created
        )
        self.alerts = (
            sorted(_matching(VacancyAlert, self.kind, self.key), key=lambda row: row.created)
            if self.kind == "email"
            else []
        )

    @property
    def addresses(self):
        rows = [*self.reactions, *self.help_requests, *self.alerts]
        return sorted({row.email.lower() for row in rows if row.email})

    @property
    def is_empty(self):
        return not (self.reactions or self.help_requests or self.alerts)

    def counts(self):
        return {
            "reacties": len(self.reactions),
            "hulpvragen": len(self.help_requests),
            "attenderingen": len(self.alerts),
        }


def find_person(identifier):
    return PersonData(identifier)


def _when(value):
    return value.isoformat() if value else None


def export_person(identifier, *, by, now):
    """All of a person's data as a dict (for a JSON download); logged."""
    person = find_person(identifier)
    data = {
        "gemaakt_op": now.isoformat(),
        "reacties": [
            {
                "vacature": reaction.vacancy.title,
                "organisatie": reaction.vacancy.organisation.name,
                "naam": reaction.name,
                "e-mailadres": reaction.email,
                "telefoonnummer": reaction.phone,
                "bericht": reaction.message,
                "contact": reaction.get_contact_preference_display(),
                "toestemming": reaction.consent,
                "taal": reaction.language,
                "status": reaction.get_status_display(),
                "ontvangen_op": _when(reaction.created),
            }
            for reaction in person.reactions
        ],
        "hulpvragen": [
            {
                "naam": request.name,
                "e-mailadres": request.email,
                "telefoonnummer": request.phone,
                "hoe": request.get_channel_display(),
                "wijk": request.wijk.name if request.wijk_id else "",
                "wat_zoekt_u": request.message,
                "wanneer_bereikbaar": request.best_time,
                "toestemming": request.consent,
                "taal": request.language,
                "status": request.get_status_display(),
                "opvolging": request.follow_up,
                "ontvangen_op": _when(request.created),
            }
            for request in person.help_requests
        ],
        "attenderingen": [
            {
                "e-mailadres": alert.email,
                "zoekopdracht": alert.query,
                "taal": alert.language,
                "aangemaakt_op": _when(alert.created),
                "bevestigd_op": _when(alert.confirmed_at),
            }
            for alert in person.alerts
        ],
    }
    staff_log.record_on_site(
        staff_log.PERSON_EXPORTED,
        by=by,
        data={"zoekt_op": person.kind, **person.counts()},
    )
    return data


def _forget_log_labels(model, pks):
    """Wagtail's own entries (an edit in the admin) label a row with its str(), which
    holds the name: make those neutral before the rows go."""
    content_type = ContentType.objects.get_for_model(model)
    for pk in pks:
        ModelLogEntry.objects.filter(content_type=content_type, object_id=str(pk)).update(
            label=f"{model._meta.verbose_name} {pk}"
        )


def erase_person(identifier, *, by, now):
    """Delete the person's reactions, help requests, alerts and the mails to them.
    Returns the counts; logged without any personal data."""
    with transaction.atomic():
        person = find_person(identifier)
        if person.is_empty:
            raise PrivacyError(_("Er zijn geen gegevens gevonden bij deze persoon."), status=404)
        counts = person.counts()
        reaction_ids = [row.pk for row in person.reactions]
        help_ids = [row.pk for row in person.help_requests]
        addresses = person.addresses
        _forget_log_labels(Reaction, reaction_ids)
        _forget_log_labels(HelpRequest, help_ids)
        Reaction.objects.filter(pk__in=reaction_ids).delete()
        HelpRequest.objects.filter(pk__in=help_ids).delete()
        VacancyAlert.objects.filter(pk__in=[row.pk for row in person.alerts]).delete()
        to_person = Q(pk__in=[])
        for address in addresses:
            to_person |= Q(to__iexact=address)
        mails = OutgoingMessage.objects.filter(to_person)
        counts["e-mails"] = mails.count()
        mails.delete()
        staff_log.record_on_site(
            staff_log.PERSON_ERASED, by=by, data={"zoekt_op": person.kind, **counts}
        )
    return counts
