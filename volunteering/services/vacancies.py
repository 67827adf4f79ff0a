"""An organisation's vacancies: write, submit to VMCA, change, renew, close, and the
reminder before one expires.

What a state means and when a vacancy may be renewed is decided in volunteering.rules;
these functions only carry it out. A live vacancy is never changed by its organisation
directly: the new values wait as a VacancyChange until VMCA approves them (apply_change).
"""

import datetime as dt

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from cms.models import Audience, Theme, Wijk

from .. import mail, rules
from ..links import mine_url, vacancy_url
from ..models import ChangeStatus, Vacancy, VacancyChange, VacancyStatus
from .contact_details import vmca_contact
from .refusals import Refused

# Everything an organisation writes about a vacancy (the rest is the vacancy's life).
SIMPLE_FIELDS = (
    "title",
    "summary",
    "tasks",
    "offer",
    "training",
    "expense_allowance",
    "vog",
    "commitment",
    "hours_per_week",
    "days",
    "day_parts",
    "street_address",
    "postcode",
    "remote",
    "for_young_people",
    "little_dutch",
    "guidance",
    "places",
    "contact_name",
    "contact_email",
    "contact_phone",
)
DATE_FIELDS = ("start_date", "end_date")
MANY_FIELDS = {"themes": Theme, "audiences": Audience}
VACANCY_FIELDS = SIMPLE_FIELDS + ("wijk",) + DATE_FIELDS + tuple(MANY_FIELDS)

EDITABLE = (VacancyStatus.DRAFT, VacancyStatus.SUBMITTED, VacancyStatus.RETURNED)


def _pk(value):
    return getattr(value, "pk", value)


def change_data(cleaned_data):
    """The vacancy fields of a form's cleaned data, as JSON (for VacancyChange.data):
    dates as ISO text, the wijk as its id, themes and audiences as lists of ids."""
    data = {field: cleaned_data[field] for field in SIMPLE_FIELDS if field in cleaned_data}
    if "wijk" in cleaned_data:
        data["wijk"] = _pk(cleaned_data["wijk"])
    for field in DATE_FIELDS:
        if field in cleaned_data:
            value = cleaned_data[field]
            data[field] = value.isoformat() if value else None
    for field in MANY_FIELDS:
        if field in cleaned_data:
            data[field] = sorted(_pk(item) for item in cleaned_data[field] or ())
    return data


def _set_fields(vacancy, data):
    """Set the fields in `data` (the JSON form of change_data) on an unsaved vacancy; the
    m2m values are returned, to be set once the vacancy is saved."""
    for field in SIMPLE_FIELDS:
        if field in data:
            setattr(vacancy, field, data[field] if data[field] is not None else _empty(field))
    if "wijk" in data:
        vacancy.wijk = Wijk.objects.filter(pk=data["wijk"]).first() if data["wijk"] else None
    for field in DATE_FIELDS:
        if field in data:
            setattr(vacancy, field, dt.date.fromisoformat(data[field]) if data[field] else None)
    return {
        field: model.objects.filter(pk__in=data[field])
        for field, model in MANY_FIELDS.items()
        if field in data
    }


def _empty(field):
    return None if field == "hours_per_week" else ""


def apply_change(vacancy, data):
    """Put new values on a vacancy and save it: `data` is change_data() output (or a form's
    cleaned data). VMCA's approval of a VacancyChange calls this."""
    many = _set_fields(vacancy, change_data(data) if _is_cleaned(data) else data)
    vacancy.save()
    for field, items in many.items():
        getattr(vacancy, field).set(items)
    return vacancy


def _is_cleaned(data):
    """True for a form's cleaned data (objects and dates), False for stored JSON."""
    wijk = data.get("wijk")
    dates = [data.get(field) for field in DATE_FIELDS]
    return (
        hasattr(wijk, "pk")
        or any(isinstance(value, dt.date) for value in dates)
        or any(not isinstance(data.get(field, []), list) for field in MANY_FIELDS)
    )


def create_vacancy(organisation, data, *, by, now, posted_by_staff=False):
    """A new vacancy as a draft ("concept")."""
    with transaction.atomic():
        vacancy = Vacancy(
            organisation=organisation,
            status=VacancyStatus.DRAFT,
            created_by=by,
            posted_by_staff=posted_by_staff,
        )
        apply_change(vacancy, change_data(data))
    return vacancy


def update_vacancy(vacancy, data, *, by, now):
    """Save an edit. A draft, submitted or returned vacancy is changed directly (a submitted
    one stays submitted: VMCA checks what is there when it gets to it). A published one keeps
    its public text: the edit waits for VMCA as a VacancyChange, one at a time, a newer edit
    replacing the waiting one's data. Returns the vacancy, or the VacancyChange."""
    with transaction.atomic():
        locked = Vacancy.objects.select_for_update().get(pk=vacancy.pk)
        if locked.status in EDITABLE:
            return apply_change(locked, change_data(data))
        if locked.status == VacancyStatus.CLOSED:
            raise Refused(_("Deze vacature is gesloten. U kunt hem niet meer wijzigen."))
        pending = VacancyChange.objects.filter(vacancy=locked, status=ChangeStatus.PENDING).first()
        if pending is None:
            return VacancyChange.objects.create(
                vacancy=locked, data=change_data(data), submitted_at=now, submitted_by=by
            )
        pending.data = change_data(data)
        pending.submitted_at = now
        pending.submitted_by = by
        pending.save(update_fields=["data", "submitted_at", "submitted_by"])
        return pending


def pending_change(vacancy):
    return VacancyChange.objects.filter(vacancy=vacancy, status=ChangeStatus.PENDING).first()


def _account(vacancy):
    return getattr(vacancy.organisation, "vacancy_account", None)


def submit(vacancy, *, by, now):
    """Ask VMCA to check a draft or a returned vacancy. A pending organisation may submit:
    its vacancies go live once VMCA approved both (rules.live_q)."""
    with transaction.atomic():
        locked = (
            Vacancy.objects.select_for_update().select_related("organisation").get(pk=vacancy.pk)
        )
        if not rules.organisation_may_submit(_account(locked)):
            raise Refused(_("Uw organisatie is geschorst. Neem contact op met VMCA."), status=403)
        if locked.status == VacancyStatus.SUBMITTED:
            return locked  # a double click
        if locked.status not in (VacancyStatus.DRAFT, VacancyStatus.RETURNED):
            raise Refused(_("Deze vacature kunt u niet opnieuw indienen."))
        locked.status = VacancyStatus.SUBMITTED
        locked.submitted_at = now
        locked.save(update_fields=["status", "submitted_at", "updated"])
    return locked


def close(vacancy, *, by, now):
    """Take a vacancy offline for good ("gesloten"); a change waiting for VMCA is withdrawn."""
    with transaction.atomic():
        locked = Vacancy.objects.select_for_update().get(pk=vacancy.pk)
        if locked.status == VacancyStatus.CLOSED:
            return locked
        locked.status = VacancyStatus.CLOSED
        locked.closed_at = now
        locked.save(update_fields=["status", "closed_at", "updated"])
        VacancyChange.objects.filter(vacancy=locked, status=ChangeStatus.PENDING).update(
            status=ChangeStatus.WITHDRAWN
        )
    return locked


def renew(vacancy, *, by, now):
    """ "Verlengen": online for the set time again from today (rules.renewed_expiry_date).
    An end date before the new expiry no longer holds; the next expiry gets its own reminder."""
    with transaction.atomic():
        locked = (
            Vacancy.objects.select_for_update().select_related("organisation").get(pk=vacancy.pk)
        )
        if not rules.may_renew(locked, now):
            raise Refused(_("Deze vacature kunt u nu niet verlengen."))
        if not rules.organisation_may_submit(_account(locked)):
            raise Refused(_("Uw organisatie is geschorst. Neem contact op met VMCA."), status=403)
        locked.expires_on = rules.renewed_expiry_date(locked, now)
        if locked.end_date is not None and locked.end_date < locked.expires_on:
            locked.end_date = None
        locked.expiry_reminder_sent_on = None
        locked.save(update_fields=["expires_on", "end_date", "expiry_reminder_sent_on", "updated"])
    return locked


def send_expiry_reminders(now):
    """Mail the contact person of each live vacancy that expires within the reminder time,
    once per expiry date, with a link to renew it. Returns how many were sent."""
    sent = 0
    due = Vacancy.objects.filter(rules.expiry_reminder_due_q(now)).values_list("pk", flat=True)
    for vacancy_id in list(due):
        with transaction.atomic():
            vacancy = (
                Vacancy.objects.select_for_update()
                .filter(rules.expiry_reminder_due_q(now), pk=vacancy_id)
                .select_related("organisation")
                .first()
            )
            if vacancy is None:
                continue  # another run took it, or it changed meanwhile
            mail.queue(
                "vacancy_expiring",
                vacancy.contact_email or vacancy.organisation.email,
                {
                    "vacancy": vacancy,
                    "organisation": vacancy.organisation,
                    "expires_on": vacancy.expires_on,
                    "renew_url": mine_url("volunteering:vacancy_renew", vacancy_id=vacancy.pk),
                    "vacancies_url": mine_url(
                        "volunteering:vacancies", organisation_id=vacancy.organisation_id
                    ),
                    "vacancy_url": vacancy_url(vacancy, absolute=True),
                    "vmca": vmca_contact(),
                },
                key=f"vacancy-expiring:{vacancy.pk}:{vacancy.expires_on.isoformat()}",
            )
            vacancy.expiry_reminder_sent_on = rules.today(now)
            vacancy.save(update_fields=["expiry_reminder_sent_on", "updated"])
            sent += 1
    return sent
