"""Columns of the participant export (CSV and XLSX) for the registrations listing."""

from django.utils.translation import gettext_lazy as _


def _answers(registration):
    parts = []
    if registration.dietary:
        parts.append(f"{_('Dieet')}: {registration.dietary}")
    if registration.accessibility:
        parts.append(f"{_('Toegankelijkheid')}: {registration.accessibility}")
    if registration.motivation:
        parts.append(f"{_('Motivatie')}: {registration.motivation}")
    return " | ".join(parts)


def _register(registration):
    if not registration.wants_accreditation or registration.register is None:
        return ""
    return f"{registration.register.short_name} {registration.register_number}"


def _wijk(registration):
    wijk = registration.participant.wijk
    return wijk.name if wijk else ""


# (key, heading, value) in the order of the columns.
COLUMNS = [
    ("edition", _("Editie"), lambda r: str(r.edition)),
    ("name", _("Naam"), lambda r: r.participant.full_name),
    ("email", _("E-mailadres"), lambda r: r.participant.email),
    ("phone", _("Telefoonnummer"), lambda r: r.participant.phone),
    ("organisation", _("Organisatie"), lambda r: r.participant.organisation),
    ("wijk", _("Wijk"), _wijk),
    ("participant_type", _("Soort deelnemer"), lambda r: r.get_participant_type_display()),
    ("status", _("Status"), lambda r: r.get_status_display()),
    ("answers", _("Antwoorden"), _answers),
    ("register", _("Register en nummer"), _register),
    # An aware datetime: cms.spreadsheets writes it in Dutch local time.
    ("registered_at", _("Aangemeld op"), lambda r: r.created),
]

LIST_EXPORT = [key for key, _heading, _value in COLUMNS]
HEADINGS = {key: heading for key, heading, _value in COLUMNS}
VALUES = {key: value for key, _heading, value in COLUMNS}
