"""What a person can do with their own account: take their data with them, or leave.

Deleting an account does not delete the person's registrations: staff need the
numbers (who came, which places were taken) and the engine needs the history.
So the participant is anonymised, their future places are freed through the
registration services (the next person on the waiting list gets an offer), and
the user account with its e-mail addresses is deleted.
"""

import datetime as dt

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from cms.twofactor import has_admin_access

from ..models import LIVE_STATUSES, OutgoingMail, Participant, Registration
from ..rules import CancelledBy
from . import audit
from . import registration as registration_services
from .errors import RegistrationError

ANONYMOUS_NAME = "Verwijderd"
MAIL_WITHDRAWN = "Niet verzonden: de gegevens van de deelnemer zijn geanonimiseerd."
EXPORT_VERSION = 1


def _iso(value):
    return value.isoformat() if value else None


def _registration_data(registration):
    edition = registration.edition
    return {
        "training": edition.title,
        "editie": edition.pk,
        "eerste_bijeenkomst": _iso(edition.first_start),
        "laatste_bijeenkomst": _iso(edition.last_end),
        "bijeenkomsten": [
            {
                "begint": _iso(session.start),
                "eindigt": _iso(session.end),
                "locatie": session.location_text,
                "online": session.online_url,
            }
            for session in edition.sessions.all()
        ],
        "status": registration.status,
        "soort_deelnemer": registration.participant_type,
        "prijs_in_centen": registration.price_cents,
        "aangemeld_via": registration.channel,
        "aangemaakt": _iso(registration.created),
        "plek_gekregen": _iso(registration.confirmed_at),
        "op_wachtlijst_sinds": _iso(registration.waiting_since),
        "plek_aangeboden": _iso(registration.offered_at),
        "aanbod_geldig_tot": _iso(registration.offer_expires_at),
        "beeindigd": _iso(registration.ended_at),
        "dieetwensen": registration.dietary,
        "toegankelijkheid": registration.accessibility,
        "motivatie": registration.motivation,
        "wil_accreditatiepunten": registration.wants_accreditation,
        "register": registration.register.name if registration.register_id else None,
        "registratienummer": registration.register_number,
        "factuurgegevens": registration.billing,
        "betalingen": [_payment_data(payment) for payment in registration.payments.all()],
    }


def _payment_data(payment):
    return {
        "kenmerk": payment.reference,
        "manier": payment.method,
        "status": payment.status,
        "bedrag_in_centen": payment.amount_cents,
        "terugbetaald_in_centen": payment.refunded_cents,
        "aangemaakt": _iso(payment.created),
        "betaald": _iso(payment.paid_at),
        "facturen": [invoice.number for invoice in payment.invoices.all()],
    }


def export_data(user):
    """Everything the site keeps about this person, as a dict that json.dumps can write."""
    participant = Participant.objects.filter(user=user).select_related("wijk").first()
    return _export(participant, user)


def export_participant_data(participant):
    """The same export for staff, also for someone without an account (signed up by phone)."""
    participant = Participant.objects.select_related("wijk", "user").get(pk=participant.pk)
    return _export(participant, participant.user)


def _account_data(user):
    return {
        "aangemaakt": _iso(user.date_joined),
        "laatst_ingelogd": _iso(user.last_login),
        "e-mailadressen": [
            {
                "e-mailadres": address.email,
                "bevestigd": address.verified,
                "hoofdadres": address.primary,
            }
            for address in user.emailaddress_set.order_by("pk")
        ],
    }


def _export(participant, user):
    data = {
        "versie": EXPORT_VERSION,
        "gemaakt_op": _iso(timezone.now()),
        "account": _account_data(user) if user is not None else None,
        "deelnemer": None,
        "registers": [],
        "aanmeldingen": [],
    }
    if participant is None:
        return data
    data["deelnemer"] = {
        "voornaam": participant.first_name,
        "achternaam": participant.last_name,
        "e-mailadres": participant.email,
        "telefoonnummer": participant.phone,
        "organisatie": participant.organisation,
        "wijk": participant.wijk.name if participant.wijk_id else None,
        "soort_deelnemer": participant.participant_type,
        "persoonlijke_agenda_aan": bool(participant.feed_token),
        "aangemaakt": _iso(participant.created),
    }
    data["registers"] = [
        {"register": item.register.name, "nummer": item.number}
        for item in participant.professional_registrations.select_related("register")
    ]
    registrations = (
        Registration.objects.filter(participant=participant)
        .select_related("edition__course", "edition__event_page", "register")
        .prefetch_related("edition__sessions", "payments__invoices")
        .order_by("created", "pk")
    )
    data["aanmeldingen"] = [_registration_data(item) for item in registrations]
    return data


def _free_future_places(participant, now, reason="account verwijderd"):
    """Cancel the person's places in editions that have not started; how many."""
    freed = 0
    live = (
        Registration.objects.filter(participant=participant, status__in=LIVE_STATUSES)
        .filter(edition__first_start__gt=now)
        .select_related("edition")
        .order_by("pk")
    )
    for registration in live:
        # The person leaves the site: their place goes back even after the deadline, and
        # a paid place is refunded as for their own cancellation (rules.refund_percent).
        try:
            registration_services.cancel(
                registration, by=CancelledBy.ACCOUNT_CLOSED, reason=reason, now=now
            )
        except RegistrationError:
            continue  # ended a moment ago by something else: nothing left to free
        freed += 1
    return freed


def _withdraw_mails(participant):
    """The outbox keeps one row per key forever (so nothing is sent twice): the rows stay,
    their personal text goes, and what was still waiting is not sent any more."""
    mails = OutgoingMail.objects.filter(registration__participant=participant)
    mails.filter(status=OutgoingMail.Status.PENDING).update(
        status=OutgoingMail.Status.FAILED, next_attempt_at=None, last_error=MAIL_WITHDRAWN
    )
    mails.exclude(last_error=MAIL_WITHDRAWN).update(last_error="")
    mails.update(to="", subject="", body_text="", body_html="", ics="", context={}, rendered=False)


def anonymise_participant(participant, now):
    """Blank the person's own data; their registrations stay (with status) for the numbers.
    Call inside a transaction. Certificates keep the name they were issued with."""
    participant = Participant.objects.select_for_update().get(pk=participant.pk)
    participant.first_name = ANONYMOUS_NAME
    participant.last_name = ""
    participant.email = ""
    participant.phone = ""
    participant.organisation = ""
    participant.wijk = None
    participant.feed_token = None
    participant.anonymised = now
    participant.user = None
    participant.save()
    participant.professional_registrations.all().delete()
    Registration.objects.filter(participant=participant).update(
        dietary="", accessibility="", motivation="", register_number="", billing={}
    )
    audit.forget_labels(participant)
    _withdraw_mails(participant)
    return participant


# Staff accounts ------------------------------------------------------------------------------

ADMIN_ACCESS = ("wagtailadmin", "access_admin")


def is_staff_account(user):
    """Is this a staff account (the one rule)? Django's staff flag, a superuser, or anyone
    who may open the admin (trainers, academy staff, editors). Staff accounts are managed
    by hand and are not listed as participants."""
    if user is None:
        return False
    return bool(user.is_staff or user.is_superuser or has_admin_access(user))


def staff_accounts():
    """is_staff_account as a query: the users it says yes to (a test checks they agree)."""
    app_label, codename = ADMIN_ACCESS
    access = Permission.objects.filter(content_type__app_label=app_label, codename=codename)
    # has_perm is False for an inactive user, whatever their permissions.
    by_permission = Q(is_active=True) & (
        Q(user_permissions__in=access) | Q(groups__permissions__in=access)
    )
    return (
        get_user_model()
        .objects.filter(Q(is_staff=True) | Q(is_superuser=True) | by_permission)
        .distinct()
    )


def without_staff(participants):
    """The participants that are not the profile of a staff account."""
    return participants.exclude(user__in=staff_accounts().values("pk"))


# Accounts never confirmed ----------------------------------------------------------------------


def unconfirmed_accounts(now=None, days=None):
    """Accounts made for an address that asked for a sign-in code (or signed up) but never
    entered it: no confirmed address, never signed in, no profile, older than `days`
    (ACCOUNT_UNCONFIRMED_DAYS). Staff accounts, made by hand, never count."""
    from allauth.account.models import EmailAddress

    now = now or timezone.now()
    days = settings.ACCOUNT_UNCONFIRMED_DAYS if days is None else days
    confirmed = EmailAddress.objects.filter(verified=True).values("user_id")
    return (
        get_user_model()
        .objects.filter(
            last_login__isnull=True,
            date_joined__lt=now - dt.timedelta(days=days),
            participant__isnull=True,
        )
        .exclude(pk__in=confirmed)
        .exclude(pk__in=staff_accounts().values("pk"))
    )


def delete_unconfirmed_accounts(now=None, days=None, dry_run=False):
    """AVG: an address nobody confirmed is not kept. How many were (with dry_run: would
    be) deleted."""
    accounts = unconfirmed_accounts(now, days)
    if dry_run:
        return accounts.count()
    with transaction.atomic():
        # Lock the accounts themselves (not the outer-joined profiles): one whose code is
        # entered at this moment is signed in (last_login set), so it waits and is then no
        # longer selected.
        pks = list(accounts.select_for_update(of=("self",)).values_list("pk", flat=True))
        get_user_model().objects.filter(pk__in=pks).delete()
    return len(pks)


def forget_participant(participant, now):
    """Anonymise the person and delete their own account (staff accounts are managed by
    hand). For erasure on request and for retention. Call inside a transaction."""
    participant = Participant.objects.select_for_update().get(pk=participant.pk)
    user = participant.user
    anonymise_participant(participant, now)
    if user is not None and not is_staff_account(user):
        user.delete()


def delete_account(user, *, now=None):
    """Free the person's future places, anonymise their participant, delete the account."""
    now = now or timezone.now()
    participant = Participant.objects.filter(user=user).first()
    if participant is not None:
        _free_future_places(participant, now)
    with transaction.atomic():
        if participant is not None:
            anonymise_participant(participant, now)
        user.delete()


def erase_participant(participant, *, by, now=None):
    """Erasure on request, by staff (`by`): as when the person deletes their account, and
    what retention also does (mails withdrawn). Issued certificates and invoices stay.
    Returns the number of future places freed."""
    now = now or timezone.now()
    freed = _free_future_places(participant, now, reason="gegevens gewist op verzoek")
    with transaction.atomic():
        forget_participant(participant, now)
        audit.log_participant_erased(participant, by, freed_places=freed)
    return freed
