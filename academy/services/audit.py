"""The audit trail of staff actions on personal data, in Wagtail's own audit log.

The services write an entry in the same transaction as the action it records, so an
action without its entry (or an entry for an action that rolled back) cannot happen.
Downloads are logged by the views that serve them: they change nothing.

Every entry says who did what, when, to which object, with a few facts (which edition,
how many rows, which format), never the personal data itself. Entries show in the
admin under Rapporten → Sitegeschiedenis and in the history of each participant;
Wagtail shows an entry to users who hold a permission on the object's model.

A log entry keeps a label of its object. For people that label is neutral
("Deelnemer 12"), also for the entries Wagtail writes itself when staff add, edit or
delete a participant, so the log never holds a name that an erasure would have to find.

What a person does to their own data in Mijn academie (download, delete the account)
is not logged: this trail is about what staff do with other people's data.
"""

from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log
from wagtail.models import Site

from ..models import Participant, Registration

PARTICIPANT_EXPORTED = "academy.participant.export"
PARTICIPANT_ERASED = "academy.participant.erase"
LIST_EXPORTED = "academy.list.export"
REGISTERED_BY_STAFF = "academy.registration.register"
CANCELLED_BY_STAFF = "academy.registration.cancel"
MOVED_BY_STAFF = "academy.registration.move"
PAYMENT_REFUNDED = "academy.payment.refund"
EDITION_CANCELLED = "academy.edition.cancel"
INVOICE_MARKED_PAID = "academy.payment.mark_paid"
REGISTER_NUMBER_CHANGED = "academy.participant.register_number"

# action -> (label in lists and filters, sentence in a history)
ACTIONS = {
    PARTICIPANT_EXPORTED: (
        _("Gegevens geëxporteerd"),
        _("Alle gegevens van de deelnemer gedownload"),
    ),
    PARTICIPANT_ERASED: (_("Deelnemer gewist"), _("Gegevens van de deelnemer gewist op verzoek")),
    LIST_EXPORTED: (_("Lijst geëxporteerd"), _("Een lijst met persoonsgegevens gedownload")),
    REGISTERED_BY_STAFF: (_("Aangemeld door medewerker"), _("Door een medewerker aangemeld")),
    CANCELLED_BY_STAFF: (_("Afgemeld door medewerker"), _("Door een medewerker afgemeld")),
    MOVED_BY_STAFF: (_("Verplaatst door medewerker"), _("Door een medewerker verplaatst")),
    PAYMENT_REFUNDED: (_("Terugbetaald"), _("Terugbetaling gestart door een medewerker")),
    EDITION_CANCELLED: (_("Editie geannuleerd"), _("De editie is geannuleerd door een medewerker")),
    INVOICE_MARKED_PAID: (
        _("Factuur betaald"),
        _("De factuur is als betaald gemarkeerd door een medewerker"),
    ),
    REGISTER_NUMBER_CHANGED: (
        _("Registratienummer gewijzigd"),
        _("Een registratienummer is vastgelegd of verbeterd door een medewerker"),
    ),
}

# Which bulk export it was (the `list` in an entry's data).
REGISTRATIONS_LIST = "aanmeldingen"
PAYMENTS_LIST = "betalingen"
PRESENCE_LIST = "presentielijst"
ACCREDITATION_LIST = "accreditatie"
CERTIFICATES_ZIP = "certificaten"


def register_actions(actions):
    """For Wagtail's register_log_actions hook."""
    for action, (label, message) in ACTIONS.items():
        actions.register_action(action, label, message)


def neutral_label(instance):
    """How the log names a person or their registration: by number, not by name."""
    if isinstance(instance, Participant):
        return str(_("Deelnemer %(pk)s") % {"pk": instance.pk})
    if isinstance(instance, Registration):
        return str(_("Aanmelding %(pk)s") % {"pk": instance.pk})
    return None


def keep_names_out_of_log(sender, instance, **kwargs):
    """pre_save of ModelLogEntry: Wagtail's own create/edit/delete entries label their
    object with str(object), which for a participant is their name."""
    model = instance.content_type.model_class() if instance.content_type_id else None
    if model in (Participant, Registration):
        label = _("Deelnemer %(pk)s") if model is Participant else _("Aanmelding %(pk)s")
        instance.label = str(label % {"pk": instance.object_id})


def forget_labels(participant):
    """Older entries may still carry a name: make them neutral too (part of an erasure)."""
    from wagtail.models import ModelLogEntry

    participant_type = ContentType.objects.get_for_model(Participant)
    ModelLogEntry.objects.filter(
        content_type=participant_type, object_id=str(participant.pk)
    ).update(label=neutral_label(participant))
    registration_type = ContentType.objects.get_for_model(Registration)
    for pk in participant.registrations.values_list("pk", flat=True):
        ModelLogEntry.objects.filter(content_type=registration_type, object_id=str(pk)).update(
            label=str(_("Aanmelding %(pk)s") % {"pk": pk})
        )


def _user(user):
    return user if user is not None and user.is_authenticated else None


def _edition_data(edition):
    return {"editie": edition.pk, "titel": edition.title}


def log_participant_export(participant, user):
    return log(participant, PARTICIPANT_EXPORTED, user=_user(user), data={"formaat": "json"})


def log_participant_erased(participant, user, *, freed_places):
    return log(
        participant,
        PARTICIPANT_ERASED,
        user=_user(user),
        data={"plaatsen_vrijgegeven": freed_places},
    )


def row_count(rows):
    return len(rows) if isinstance(rows, (list, tuple)) else rows.count()


def log_list_export(user, *, kind, export_format, rows, edition=None, filters=()):
    """A bulk download with personal data. Logged on its edition; a list across editions
    is logged on the site. Of the filters only their names: a search text can be a name."""
    data = {"lijst": kind, "formaat": export_format, "rijen": rows}
    if filters:
        data["filters"] = sorted(filters)
    if edition is not None:
        data.update(_edition_data(edition))
        return log(edition, LIST_EXPORTED, user=_user(user), data=data)
    site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    return log(site, LIST_EXPORTED, user=_user(user), data=data)


def log_registration_action(action, registration, user, **extra):
    """Staff registered, cancelled or moved someone: logged on the person."""
    data = {"aanmelding": registration.pk, "status": registration.status}
    data.update(_edition_data(registration.edition))
    data.update(extra)
    return log(registration.participant, action, user=_user(user), data=data)


def log_register_number(participant, user, *, register, change, registration=None):
    """Staff added, corrected or removed a register number (`change`: "toegevoegd",
    "gewijzigd" or "verwijderd"). The number itself stays out of the log."""
    data = {"register": register.short_name, "wijziging": change}
    if registration is not None:
        data["aanmelding"] = registration.pk
        data.update(_edition_data(registration.edition))
    return log(participant, REGISTER_NUMBER_CHANGED, user=_user(user), data=data)


def log_edition_cancelled(edition, user, *, told):
    return log(
        edition,
        EDITION_CANCELLED,
        user=_user(user),
        data={**_edition_data(edition), "afgemeld": told},
    )


def log_invoice_marked_paid(payment, user):
    return log(payment, INVOICE_MARKED_PAID, user=_user(user), data={"kenmerk": payment.reference})


def log_refund(payment, user, *, amount_cents):
    return log(
        payment,
        PAYMENT_REFUNDED,
        user=_user(user),
        data={"kenmerk": payment.reference, "bedrag_in_centen": amount_cents},
    )


def entries_for(instance):
    """The audit entries of one object, newest first."""
    from wagtail.log_actions import registry

    return registry.get_logs_for_instance(instance)
