"""The fixed vocabularies of the academy."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ParticipantType(models.TextChoices):
    VOLUNTEER = "vrijwilliger", _("Vrijwilliger")
    CAREGIVER = "mantelzorger", _("Mantelzorger")
    PROFESSIONAL = "professional", _("Professional in zorg of welzijn")
    ORGANISATION = "organisatie", _("Medewerker van een organisatie")
    OTHER = "anders", _("Anders")


class CourseFormat(models.TextChoices):
    ON_SITE = "op-locatie", _("Op locatie")
    ONLINE = "online", _("Online")
    BLENDED = "blended", _("Op locatie en online")


class EditionStatus(models.TextChoices):
    PLANNED = "gepland", _("Gepland")
    OPEN = "open", _("Open voor aanmelden")
    FULL = "vol", _("Vol")
    CANCELLED = "geannuleerd", _("Geannuleerd")
    COMPLETED = "afgerond", _("Afgerond")


class RegistrationStatus(models.TextChoices):
    CONFIRMED = "aangemeld", _("Aangemeld")
    # A paid training: the place is held for a short time while the person pays online.
    AWAITING_PAYMENT = "wacht-betaling", _("Wacht op betaling")
    WAITING = "wachtlijst", _("Op de wachtlijst")
    OFFERED = "aangeboden", _("Plek aangeboden")
    CANCELLED = "afgemeld", _("Afgemeld")
    DECLINED = "afgewezen", _("Aanbod afgewezen")
    EXPIRED = "verlopen", _("Aanbod verlopen")
    REMOVED = "van-wachtlijst", _("Van de wachtlijst gehaald")
    NOT_PAID = "niet-betaald", _("Niet betaald")


class RegistrationChannel(models.TextChoices):
    ONLINE = "online", _("Via de website")
    STAFF = "staff", _("Door een medewerker")


# A person holds at most one of these per edition (a database constraint).
LIVE_STATUSES = (
    RegistrationStatus.CONFIRMED,
    RegistrationStatus.AWAITING_PAYMENT,
    RegistrationStatus.WAITING,
    RegistrationStatus.OFFERED,
)
# These take a place: an open offer keeps the place free for the person it was offered to,
# and a registration that waits for its payment holds its place for a short time.
PLACE_TAKING_STATUSES = (
    RegistrationStatus.CONFIRMED,
    RegistrationStatus.AWAITING_PAYMENT,
    RegistrationStatus.OFFERED,
)
