"""Staff record or correct a professional's register number, afterwards.

Someone who phoned in, or who typed a wrong number, still gets their points: staff add
the number to the registration (register and number) or to the person (one number per
register). The number is checked as everywhere else (AccreditationRegister.clean_number),
the change is in the audit trail in the same transaction, and a certificate that was
already issued with the old facts is re-issued: the old one is revoked, the new one names
the register and the number (academy.services.certificates.reissue_certificate).
"""

import logging
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..models import (
    AccreditationRegister,
    Certificate,
    Participant,
    ProfessionalRegistration,
    Registration,
)
from . import audit, certificates
from .accreditation import accreditations_by_register
from .errors import InvalidAnswers, NotFound, NotLive, RegistrationError
from .locking import lock_editions, owns_transaction

logger = logging.getLogger(__name__)

ADDED = "toegevoegd"
CHANGED = "gewijzigd"
REMOVED = "verwijderd"
REISSUE_REASON = _("Registratienummer vastgelegd of verbeterd door een medewerker.")


@dataclass
class Outcome:
    """What a change of numbers did: certificates re-issued, and any that could not be."""

    changed: bool = False
    reissued: list = field(default_factory=list)  # the new certificates
    not_reissued: list = field(default_factory=list)  # (participant name, message)


def clean_number(register, number):
    """The number as stored, or InvalidAnswers with the register's own message: the one
    check (AccreditationRegister.clean_number), as the participant's forms use it."""
    try:
        return register.clean_number(number)
    except ValidationError as error:
        raise InvalidAnswers(error.messages[0]) from error


def accredited_registers(edition):
    """The registers the edition's course gives points in, by name."""
    ids = list(accreditations_by_register(edition))
    return AccreditationRegister.objects.filter(pk__in=ids).order_by("name")


def _is_outdated(certificate, registration, facts):
    """Does the valid certificate state other points, register or number than it would now?"""
    accreditation, number = facts.accreditation_for(registration)
    if accreditation is None:
        return certificate.kind != Certificate.Kind.PARTICIPATION
    return (
        certificate.kind != Certificate.Kind.ACCREDITATION
        or certificate.register_name != accreditation.register.name
        or certificate.register_number != number
        or certificate.accreditation_id != accreditation.accreditation_id
    )


def reissue_outdated_certificates(registration_ids, *, by, outcome=None):
    """Re-issue each valid certificate of these registrations that no longer states the
    registration's register and number. Runs after the change has been committed: a
    certificate that cannot be made now leaves the change in place and is reported."""
    outcome = outcome or Outcome()
    valid = Certificate.objects.valid().filter(registration_id__in=list(registration_ids))
    registrations = (
        Registration.objects.select_related("edition", "edition__course", "participant")
        .select_related("register")
        .prefetch_related("participant__professional_registrations")
    )
    facts_by_edition = {}
    for certificate in valid.order_by("pk"):
        registration = registrations.get(pk=certificate.registration_id)
        edition = registration.edition
        if edition.pk not in facts_by_edition:
            facts_by_edition[edition.pk] = certificates.edition_facts(edition, with_branding=False)
        if not _is_outdated(certificate, registration, facts_by_edition[edition.pk]):
            continue
        name = registration.participant.full_name
        try:
            new = certificates.reissue_certificate(certificate, by=by, reason=str(REISSUE_REASON))
        except RegistrationError as error:
            outcome.not_reissued.append((name, str(error.message)))
        except Exception:  # the PDF or the storage failed: the number stays saved
            logger.exception("Re-issuing certificate %s failed", certificate.pk)
            outcome.not_reissued.append(
                (name, str(_("Het nieuwe certificaat kon niet worden gemaakt.")))
            )
        else:
            outcome.reissued.append(new)
    return outcome


# One registration ----------------------------------------------------------------------------


@owns_transaction
def _set_on_registration(registration_id, register_id, number, by):
    registration = (
        Registration.objects.select_related("edition", "participant")
        .filter(pk=registration_id)
        .first()
    )
    if registration is None:
        raise NotFound()
    edition = lock_editions(registration.edition_id)[registration.edition_id]
    registration.refresh_from_db()
    if not registration.is_live:
        raise NotLive()
    register = accredited_registers(edition).filter(pk=register_id).first()
    if register is None:
        raise InvalidAnswers(_("Voor dit register geeft deze training geen accreditatiepunten."))
    number = clean_number(register, number)
    same = (
        registration.wants_accreditation
        and registration.register_id == register.pk
        and registration.register_number == number
    )
    if not same:
        had_number = registration.wants_accreditation and bool(registration.register_number)
        Registration.objects.filter(pk=registration.pk).update(
            wants_accreditation=True,
            register=register,
            register_number=number,
            updated=timezone.now(),
        )
        audit.log_register_number(
            registration.participant,
            by,
            register=register,
            change=CHANGED if had_number else ADDED,
            registration=registration,
        )
    _remember_on_profile(registration.participant, register, number)
    return not same


def _remember_on_profile(participant, register, number):
    """The person's own number in that register, for the next registration."""
    ProfessionalRegistration.objects.update_or_create(
        participant=participant, register=register, defaults={"number": number}
    )


def set_registration_number(registration, register_id, number, *, by):
    """Record (or correct) the register and number a registration earns points with.
    Raises InvalidAnswers (a wrong number, a register without accreditation for this
    course) or NotLive; re-issues the registration's certificate when it is outdated."""
    changed = _set_on_registration(registration.pk, register_id, number, by)
    outcome = Outcome(changed=changed)
    return reissue_outdated_certificates([registration.pk], by=by, outcome=outcome)


# One person ----------------------------------------------------------------------------------


def _live_registrations_in(participant, register_id):
    return Registration.objects.live().filter(
        participant=participant, wants_accreditation=True, register_id=register_id
    )


def save_profile_numbers(participant, numbers, *, by):
    """Staff save the person's numbers ({register: number}, the numbers checked by the
    form with clean_number); a register left out loses its number. A corrected number
    also corrects the live registrations that gave the old one (or none), and their
    certificates are re-issued. Call inside the transaction that saves the person (the
    admin's edit view); returns the registration ids to check afterwards with
    reissue_outdated_certificates once that transaction has been committed."""
    participant = Participant.objects.get(pk=participant.pk)
    before = {
        item.register_id: item
        for item in participant.professional_registrations.select_related("register")
    }
    wanted = {
        register.pk: (register, clean_number(register, number))
        for register, number in numbers.items()
    }
    touched = []
    for register_id, item in before.items():
        if register_id not in wanted:
            item.delete()
            audit.log_register_number(participant, by, register=item.register, change=REMOVED)
    for register_id, (register, number) in wanted.items():
        item = before.get(register_id)
        if item is not None and item.number == number:
            continue
        old = item.number if item is not None else ""
        ProfessionalRegistration.objects.update_or_create(
            participant=participant, register=register, defaults={"number": number}
        )
        audit.log_register_number(
            participant, by, register=register, change=CHANGED if item else ADDED
        )
        following = _live_registrations_in(participant, register_id).filter(
            register_number__in={old, ""}
        )
        touched.extend(following.values_list("pk", flat=True))
        following.update(register_number=number, updated=timezone.now())
    return touched
