"""VMCA's check of vacancies, of changes to live ones, and of organisations.

Every function owns its transaction: it locks the row it decides on (two staff members
clicking at once get one decision and one clear refusal), records the decision, writes
the audit entry and queues the organisation's mail, or, when something is refused,
changes nothing at all. Whether a vacancy is online afterwards is for
volunteering.rules to say (a suspended organisation's vacancies keep their status).
"""

from django.db import transaction
from django.db.models import F
from django.utils.translation import gettext_lazy as _

from .. import links, mail, rules
from ..models import (
    ChangeStatus,
    Decision,
    ModerationDecision,
    OrganisationAccount,
    OrganisationStatus,
    Vacancy,
    VacancyChange,
    VacancyStatus,
)
from ..models.choices import MODERATION_CRITERIA
from . import staff_log
from .contact_details import vmca_contact

CRITERIA = [key for key, _label in MODERATION_CRITERIA]


class ModerationError(Exception):
    """A decision that cannot be made; `message` says why in Dutch, `status` is the HTTP
    status a view answers with (400 bad input, 409 someone decided already)."""

    def __init__(self, message, status=400):
        super().__init__(str(message))
        self.message = message
        self.status = status


# The checklist -------------------------------------------------------------------------------


def normalise_checklist(checklist):
    """{criterion: ticked} for every criterion, from a dict or from the ticked keys."""
    if isinstance(checklist, dict):
        ticked = {key for key, value in checklist.items() if value}
    else:
        ticked = set(checklist or ())
    return {key: key in ticked for key in CRITERIA}


def _complete_checklist(checklist):
    ticks = normalise_checklist(checklist)
    missing = [str(label) for key, label in MODERATION_CRITERIA if not ticks[key]]
    if missing:
        raise ModerationError(
            _("Vink alle punten van de controle aan voordat u goedkeurt. Nog open: %(open)s")
            % {"open": " ".join(missing)}
        )
    return ticks


def _required_reason(reason):
    reason = (reason or "").strip()
    if not reason:
        raise ModerationError(_("Schrijf de reden op. De organisatie leest die in de e-mail."))
    return reason


# Mails ---------------------------------------------------------------------------------------


def _mine_link():
    return links.mine_url()


def organisation_address(organisation, vacancy=None):
    """Where the organisation's mail goes: its own address, else the vacancy's contact,
    else a person who manages it."""
    if organisation.email:
        return organisation.email
    if vacancy is not None and vacancy.contact_email:
        return vacancy.contact_email
    member = organisation.memberships.select_related("user").exclude(user__email="").first()
    return member.user.email if member else ""


def _mail_about_vacancy(kind, vacancy, key, **context):
    mail.queue(
        kind,
        organisation_address(vacancy.organisation, vacancy),
        {
            "organisation": vacancy.organisation,
            "vacancy": vacancy,
            "vacancy_url": links.vacancy_url(vacancy, absolute=True),
            "mine_url": _mine_link(),
            "vmca": vmca_contact(),
            **context,
        },
        key=key,
    )


def _mail_about_organisation(kind, account, key, **context):
    mail.queue(
        kind,
        organisation_address(account.organisation),
        {
            "organisation": account.organisation,
            "mine_url": _mine_link(),
            "vmca": vmca_contact(),
            **context,
        },
        key=key,
    )


# Vacancies -----------------------------------------------------------------------------------


def _claim(queryset):
    """Take the write lock on the rows before reading them: a no-op UPDATE. On
    PostgreSQL select_for_update would do; SQLite has no row locks, and only a write makes
    a second transaction wait until the first has committed, so it then reads the
    decision the first one made instead of deciding again."""
    return queryset.update(status=F("status"))


def _locked_vacancy(vacancy):
    _claim(Vacancy.objects.filter(pk=vacancy.pk))
    return (
        Vacancy.objects.select_for_update()
        .select_related("organisation")
        .filter(pk=vacancy.pk)
        .first()
    )


def _submitted(vacancy):
    locked = _locked_vacancy(vacancy)
    if locked is None:
        raise ModerationError(_("Deze vacature bestaat niet meer."), status=404)
    if locked.status != VacancyStatus.SUBMITTED:
        raise ModerationError(
            _("Deze vacature wacht niet meer op controle. Misschien was een collega u voor."),
            status=409,
        )
    return locked


def approve_vacancy(vacancy, *, checklist, by, now):
    """Put a submitted vacancy online until rules.expiry_date()."""
    with transaction.atomic():
        locked = _submitted(vacancy)
        ticks = _complete_checklist(checklist)
        today = rules.today(now)
        if locked.end_date is not None and locked.end_date < today:
            raise ModerationError(
                _("De einddatum van deze vacature is al voorbij. Stuur de vacature terug.")
            )
        locked.status = VacancyStatus.PUBLISHED
        locked.published_at = now
        locked.expires_on = rules.expiry_date(today, locked.end_date)
        locked.expiry_reminder_sent_on = None
        locked.returned_reason = ""
        locked.save(
            update_fields=[
                "status",
                "published_at",
                "expires_on",
                "expiry_reminder_sent_on",
                "returned_reason",
                "updated",
            ]
        )
        decision = ModerationDecision.objects.create(
            vacancy=locked,
            decision=Decision.APPROVE,
            checklist=ticks,
            decided_by=by,
            decided_at=now,
        )
        staff_log.record(
            locked,
            staff_log.VACANCY_APPROVED,
            by=by,
            data={"besluit": decision.pk, "verloopt_op": locked.expires_on.isoformat()},
        )
        _mail_about_vacancy("vacancy_approved", locked, f"vacancy-approved:{decision.pk}")
    return locked


def return_vacancy(vacancy, *, reason, checklist=(), by, now):
    """Send a submitted vacancy back to the organisation with the reason."""
    with transaction.atomic():
        reason = _required_reason(reason)
        locked = _submitted(vacancy)
        locked.status = VacancyStatus.RETURNED
        locked.returned_reason = reason
        locked.save(update_fields=["status", "returned_reason", "updated"])
        decision = ModerationDecision.objects.create(
            vacancy=locked,
            decision=Decision.RETURN,
            checklist=normalise_checklist(checklist),
            reason=reason,
            decided_by=by,
            decided_at=now,
        )
        staff_log.record(locked, staff_log.VACANCY_RETURNED, by=by, data={"besluit": decision.pk})
        _mail_about_vacancy(
            "vacancy_returned", locked, f"vacancy-returned:{decision.pk}", reason=reason
        )
    return locked


# Changes to a live vacancy -------------------------------------------------------------------


def _pending_change(change):
    _claim(VacancyChange.objects.filter(pk=change.pk))
    locked = (
        VacancyChange.objects.select_for_update()
        .select_related("vacancy", "vacancy__organisation")
        .filter(pk=change.pk)
        .first()
    )
    if locked is None:
        raise ModerationError(_("Deze wijziging bestaat niet meer."), status=404)
    if locked.status != ChangeStatus.PENDING:
        raise ModerationError(
            _("Deze wijziging wacht niet meer op controle. Misschien was een collega u voor."),
            status=409,
        )
    # The vacancy row too: the organisation may be editing it at this moment.
    _locked_vacancy(locked.vacancy)
    return locked


def approve_change(change, *, checklist, by, now):
    """Apply the new text to the vacancy: from now on the public sees it."""
    from .vacancies import apply_change

    with transaction.atomic():
        locked = _pending_change(change)
        ticks = _complete_checklist(checklist)
        vacancy = locked.vacancy
        apply_change(vacancy, locked.data)
        locked.status = ChangeStatus.APPROVED
        locked.save(update_fields=["status"])
        decision = ModerationDecision.objects.create(
            vacancy=vacancy,
            change=locked,
            decision=Decision.APPROVE,
            checklist=ticks,
            decided_by=by,
            decided_at=now,
        )
        staff_log.record(
            vacancy,
            staff_log.CHANGE_APPROVED,
            by=by,
            data={"besluit": decision.pk, "wijziging": locked.pk},
        )
        _mail_about_vacancy("change_approved", vacancy, f"change-approved:{decision.pk}")
    return locked


def return_change(change, *, reason, checklist=(), by, now):
    """Refuse a change: the vacancy stays online with its approved text."""
    with transaction.atomic():
        reason = _required_reason(reason)
        locked = _pending_change(change)
        locked.status = ChangeStatus.RETURNED
        locked.save(update_fields=["status"])
        decision = ModerationDecision.objects.create(
            vacancy=locked.vacancy,
            change=locked,
            decision=Decision.RETURN,
            checklist=normalise_checklist(checklist),
            reason=reason,
            decided_by=by,
            decided_at=now,
        )
        staff_log.record(
            locked.vacancy,
            staff_log.CHANGE_RETURNED,
            by=by,
            data={"besluit": decision.pk, "wijziging": locked.pk},
        )
        _mail_about_vacancy(
            "change_returned", locked.vacancy, f"change-returned:{decision.pk}", reason=reason
        )
    return locked


# Organisations -------------------------------------------------------------------------------


def _locked_account(account):
    _claim(OrganisationAccount.objects.filter(pk=account.pk))
    locked = (
        OrganisationAccount.objects.select_for_update()
        .select_related("organisation")
        .filter(pk=account.pk)
        .first()
    )
    if locked is None:
        raise ModerationError(_("Deze organisatie bestaat niet meer."), status=404)
    return locked


def _decide(account, status, *, reason, by, now):
    account.status = status
    account.reason = reason
    account.decided_at = now
    account.decided_by = by if by is not None and by.is_authenticated else None
    account.save(update_fields=["status", "reason", "decided_at", "decided_by"])


def approve_organisation(account, *, by, now):
    """A new organisation may publish vacancies from now on."""
    with transaction.atomic():
        locked = _locked_account(account)
        if locked.status != OrganisationStatus.PENDING:
            raise ModerationError(
                _("Deze organisatie wacht niet op goedkeuring."),
                status=409,
            )
        _decide(locked, OrganisationStatus.APPROVED, reason="", by=by, now=now)
        staff_log.record(locked.organisation, staff_log.ORGANISATION_APPROVED, by=by)
        _mail_about_organisation(
            "organisation_approved", locked, f"organisation-approved:{locked.pk}:{now.isoformat()}"
        )
    return locked


def suspend_organisation(account, *, reason, by, now):
    """Take an organisation offline. Its vacancies keep their status and are no longer
    live (rules.live_q asks for an approved organisation); reinstating brings them back."""
    with transaction.atomic():
        reason = _required_reason(reason)
        locked = _locked_account(account)
        if locked.status == OrganisationStatus.SUSPENDED:
            raise ModerationError(_("Deze organisatie is al geschorst."), status=409)
        _decide(locked, OrganisationStatus.SUSPENDED, reason=reason, by=by, now=now)
        staff_log.record(locked.organisation, staff_log.ORGANISATION_SUSPENDED, by=by)
        _mail_about_organisation(
            "organisation_suspended",
            locked,
            f"organisation-suspended:{locked.pk}:{now.isoformat()}",
            reason=reason,
        )
    return locked


def reinstate(account, *, by, now):
    """Lift a suspension: the organisation's published vacancies are live again (until
    they expire)."""
    with transaction.atomic():
        locked = _locked_account(account)
        if locked.status != OrganisationStatus.SUSPENDED:
            raise ModerationError(_("Deze organisatie is niet geschorst."), status=409)
        _decide(locked, OrganisationStatus.APPROVED, reason="", by=by, now=now)
        staff_log.record(locked.organisation, staff_log.ORGANISATION_REINSTATED, by=by)
        _mail_about_organisation(
            "organisation_approved",
            locked,
            f"organisation-reinstated:{locked.pk}:{now.isoformat()}",
            reinstated=True,
        )
    return locked


# Posting for an organisation -----------------------------------------------------------------


def _account_for_posting(organisation, *, by, now):
    """The organisation's account, made (approved) when an organisation that never signed
    up phones VMCA: staff vouch for it by posting."""
    account = (
        OrganisationAccount.objects.select_for_update().filter(organisation=organisation).first()
    )
    if account is None:
        account = OrganisationAccount.objects.create(
            organisation=organisation,
            status=OrganisationStatus.APPROVED,
            requested_at=now,
            decided_at=now,
            decided_by=by if by is not None and by.is_authenticated else None,
        )
        staff_log.record(
            organisation, staff_log.ORGANISATION_APPROVED, by=by, data={"bij_plaatsen": True}
        )
        return account
    if account.status == OrganisationStatus.SUSPENDED:
        raise ModerationError(_("Deze organisatie is geschorst. U kunt niets voor haar plaatsen."))
    if account.status == OrganisationStatus.PENDING:
        raise ModerationError(_("Deze organisatie wacht nog op goedkeuring. Keur haar eerst goed."))
    return account


def post_on_behalf(organisation, data, *, by, now, checklist=None):
    """Staff enter a vacancy for an organisation (someone phoned). `data`: a vacancy form's
    cleaned data. With a ticked checklist it is approved at once (approve_vacancy);
    without, it waits in the queue. All or nothing."""
    from .vacancies import create_vacancy

    with transaction.atomic():
        _account_for_posting(organisation, by=by, now=now)
        staff = by if by is not None and by.is_authenticated else None
        vacancy = create_vacancy(organisation, data, by=staff, now=now, posted_by_staff=True)
        vacancy.status = VacancyStatus.SUBMITTED
        vacancy.submitted_at = now
        vacancy.save(update_fields=["status", "submitted_at", "updated"])
        staff_log.record(vacancy, staff_log.POSTED_ON_BEHALF, by=by)
        if checklist and any(normalise_checklist(checklist).values()):
            vacancy = approve_vacancy(vacancy, checklist=checklist, by=by, now=now)
    return vacancy


# What waits for VMCA -------------------------------------------------------------------------


def queue_items():
    """Submitted vacancies and pending changes, the one waiting longest first:
    [(waiting since, "vacancy" | "change", object)]."""
    vacancies = Vacancy.objects.filter(status=VacancyStatus.SUBMITTED).select_related(
        "organisation"
    )
    changes = VacancyChange.objects.filter(status=ChangeStatus.PENDING).select_related(
        "vacancy", "vacancy__organisation"
    )
    items = [(v.submitted_at or v.created, "vacancy", v) for v in vacancies]
    items += [(c.submitted_at, "change", c) for c in changes]
    items.sort(key=lambda item: (item[0], item[1], item[2].pk))
    return items
