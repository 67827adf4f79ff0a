"""The fixed vocabularies of the vacaturebank."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class OrganisationStatus(models.TextChoices):
    PENDING = "aangemeld", _("Wacht op goedkeuring")
    APPROVED = "goedgekeurd", _("Goedgekeurd")
    SUSPENDED = "geschorst", _("Geschorst")


class VacancyStatus(models.TextChoices):
    """What is stored. Whether a published vacancy is live or expired is decided by
    volunteering.rules (its expiry date against today), never by this field alone."""

    DRAFT = "concept", _("Concept")
    SUBMITTED = "ingediend", _("Wacht op controle")
    RETURNED = "teruggestuurd", _("Teruggestuurd")
    PUBLISHED = "gepubliceerd", _("Gepubliceerd")
    CLOSED = "gesloten", _("Gesloten")


class Commitment(models.TextChoices):
    ONCE = "eenmalig", _("Eenmalig")
    SHORT = "korte-klus", _("Korte klus")
    REGULAR = "vast", _("Regelmatig")


class VogCost(models.TextChoices):
    NOT_NEEDED = "", _("Geen VOG nodig")
    ORGANISATION = "organisatie", _("VOG nodig, de organisatie betaalt")
    FREE_SCHEME = "gratis", _("VOG nodig, gratis via de regeling Gratis VOG")
    VOLUNTEER = "vrijwilliger", _("VOG nodig, u betaalt zelf")


class ChangeStatus(models.TextChoices):
    PENDING = "wacht", _("Wacht op controle")
    APPROVED = "goedgekeurd", _("Goedgekeurd")
    RETURNED = "teruggestuurd", _("Teruggestuurd")
    WITHDRAWN = "ingetrokken", _("Ingetrokken")


class Decision(models.TextChoices):
    APPROVE = "goedgekeurd", _("Goedgekeurd")
    RETURN = "teruggestuurd", _("Teruggestuurd")


class ReactionStatus(models.TextChoices):
    NEW = "nieuw", _("Nieuw")
    IN_CONTACT = "in-contact", _("In contact")
    STARTED = "gestart", _("Gestart")
    NO_MATCH = "geen-match", _("Geen match")


class ContactPreference(models.TextChoices):
    EMAIL = "e-mail", _("Per e-mail")
    PHONE = "telefoon", _("Bellen")
    WHATSAPP = "whatsapp", _("WhatsApp of sms")


class HelpChannel(models.TextChoices):
    PHONE = "telefoon", _("Bel mij")
    VISIT = "bezoek", _("Ik kom langs")


class HelpStatus(models.TextChoices):
    NEW = "nieuw", _("Nieuw")
    PLANNED = "gepland", _("Afspraak gemaakt")
    DONE = "afgerond", _("Afgerond")
    NO_ANSWER = "geen-contact", _("Geen contact gekregen")


# Days of the week and parts of the day are stored as bit masks, so a search can ask
# "any of these" with one comparison, the same way on SQLite and PostgreSQL.
DAYS = (
    (1, "ma", _("maandag")),
    (2, "di", _("dinsdag")),
    (4, "wo", _("woensdag")),
    (8, "do", _("donderdag")),
    (16, "vr", _("vrijdag")),
    (32, "za", _("zaterdag")),
    (64, "zo", _("zondag")),
)
DAY_PARTS = (
    (1, "ochtend", _("ochtend")),
    (2, "middag", _("middag")),
    (4, "avond", _("avond")),
)

# The checks Dutch volunteer centres use to decide that a vacancy is real volunteer work.
# Staff tick each one when they approve; the ticks are stored with the decision.
MODERATION_CRITERIA = (
    ("clear_task", _("De taak is duidelijk omschreven.")),
    ("no_paid_work", _("Het werk vervangt geen betaald werk.")),
    ("no_profit", _("De organisatie heeft geen winstoogmerk (of het werk dient geen winst).")),
    ("insured", _("Vrijwilligers zijn verzekerd via de organisatie of de gemeente.")),
    ("named_contact", _("Er is een contactpersoon met naam.")),
    ("sensible_hours", _("Het aantal uren is redelijk voor vrijwilligerswerk.")),
)
