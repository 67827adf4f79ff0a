"""The audit trail of what VMCA staff do in the vacaturebank, in Wagtail's own log.

The services write each entry in the same transaction as the action, so there is never
an action without its entry or an entry for an action that rolled back. Entries show in
the admin's "Logboek" (Rapporten → Sitegeschiedenis) and in an object's history, with the
Dutch labels registered here (the register_log_actions hook in wagtail_hooks.py).

An entry holds facts (which vacancy, which decision, how many rows), never a person's
name, address or message: people (reactions, help requests) are labelled by number.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log
from wagtail.models import Site

VACANCY_APPROVED = "volunteering.approve_vacancy"
VACANCY_RETURNED = "volunteering.return_vacancy"
CHANGE_APPROVED = "volunteering.approve_change"
CHANGE_RETURNED = "volunteering.return_change"
ORGANISATION_APPROVED = "volunteering.approve_organisation"
ORGANISATION_SUSPENDED = "volunteering.suspend_organisation"
ORGANISATION_REINSTATED = "volunteering.reinstate_organisation"
POSTED_ON_BEHALF = "volunteering.post_on_behalf"
HELP_REQUEST_UPDATED = "volunteering.update_help_request"
PERSON_EXPORTED = "volunteering.export_person"
PERSON_ERASED = "volunteering.erase_person"
LIST_EXPORTED = "volunteering.export_list"

# action -> (label in lists and filters, sentence in a history)
ACTIONS = {
    VACANCY_APPROVED: (_("Vacature goedgekeurd"), _("De vacature is goedgekeurd door VMCA")),
    VACANCY_RETURNED: (_("Vacature teruggestuurd"), _("De vacature is teruggestuurd door VMCA")),
    CHANGE_APPROVED: (_("Wijziging goedgekeurd"), _("De wijziging is goedgekeurd door VMCA")),
    CHANGE_RETURNED: (_("Wijziging teruggestuurd"), _("De wijziging is teruggestuurd door VMCA")),
    ORGANISATION_APPROVED: (
        _("Organisatie goedgekeurd"),
        _("De organisatie is goedgekeurd voor de vacaturebank"),
    ),
    ORGANISATION_SUSPENDED: (
        _("Organisatie geschorst"),
        _("De organisatie is geschorst in de vacaturebank"),
    ),
    ORGANISATION_REINSTATED: (
        _("Schorsing opgeheven"),
        _("De schorsing van de organisatie is opgeheven"),
    ),
    POSTED_ON_BEHALF: (
        _("Geplaatst voor een organisatie"),
        _("Een medewerker heeft de vacature geplaatst voor de organisatie"),
    ),
    HELP_REQUEST_UPDATED: (
        _("Hulpvraag bijgewerkt"),
        _("Een medewerker heeft de hulpvraag bijgewerkt"),
    ),
    PERSON_EXPORTED: (
        _("Gegevens van een persoon geëxporteerd"),
        _("Alle gegevens van een persoon in de vacaturebank gedownload"),
    ),
    PERSON_ERASED: (
        _("Gegevens van een persoon gewist"),
        _("De gegevens van een persoon in de vacaturebank gewist op verzoek"),
    ),
    LIST_EXPORTED: (
        _("Lijst van de vacaturebank geëxporteerd"),
        _("Een lijst uit de vacaturebank gedownload"),
    ),
}


def register_actions(actions):
    """For Wagtail's register_log_actions hook."""
    for action, (label, message) in ACTIONS.items():
        actions.register_action(action, label, message)


def _user(user):
    return user if user is not None and user.is_authenticated else None


def record(instance, action, *, by, data=None, title=None):
    """One entry on `instance`. `title` replaces the object's own name in the log (for
    people, whose str() is their name)."""
    return log(instance, action, user=_user(by), data=data or {}, title=title)


def record_on_site(action, *, by, data):
    """An entry that belongs to no single object (an erasure, a list export): on the site."""
    site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    return log(site, action, user=_user(by), data=data)


def help_request_label(help_request):
    return str(_("Hulpvraag %(pk)s") % {"pk": help_request.pk})
