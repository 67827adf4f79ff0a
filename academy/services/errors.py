"""What can go wrong when someone registers, with the message a person reads."""

from django.utils.translation import gettext_lazy as _


class RegistrationError(Exception):
    """A rule said no. `message` is for the person; `status` is the HTTP status to answer."""

    status = 409
    default_message = _("Dit kan nu niet.")

    def __init__(self, message=None):
        self.message = message or self.default_message
        super().__init__(str(self.message))


class NotFound(RegistrationError):
    status = 404
    default_message = _("Deze training of aanmelding bestaat niet (meer).")


class RegistrationClosed(RegistrationError):
    default_message = _("Aanmelden voor deze datum kan niet meer.")


class RegistrationNotOpenYet(RegistrationError):
    default_message = _("Aanmelden voor deze datum kan nog niet.")


class EditionFull(RegistrationError):
    default_message = _("Deze datum is vol.")


class AlreadyRegistered(RegistrationError):
    default_message = _("U bent al aangemeld voor deze datum.")


class AlreadyWaiting(AlreadyRegistered):
    default_message = _("U staat al op de wachtlijst voor deze datum.")


class DeadlinePassed(RegistrationError):
    default_message = _(
        "Afmelden via de website kan niet meer. Bel ons als u toch niet kunt komen."
    )


class EditionAlreadyHeld(RegistrationError):
    default_message = _("Deze editie heeft al plaatsgevonden. U kunt haar niet meer annuleren.")


class NotLive(RegistrationError):
    default_message = _("Deze aanmelding is al beëindigd.")


class OfferExpired(RegistrationError):
    status = 410
    default_message = _("Dit aanbod is verlopen. De plek is aan iemand anders aangeboden.")


class NoOpenOffer(RegistrationError):
    default_message = _("Er staat geen plek voor u klaar.")


class InvalidAnswers(RegistrationError):
    status = 400
    default_message = _("Controleer wat u hebt ingevuld.")


class Busy(RegistrationError):
    status = 503
    default_message = _("Het is nu erg druk. Probeer het over een minuut opnieuw.")


class NotFinished(RegistrationError):
    default_message = _("Deze editie is nog niet afgelopen. Dat kan pas na de laatste bijeenkomst.")


class NotEarned(RegistrationError):
    default_message = _("Deze persoon heeft de training niet afgerond. Er komt geen certificaat.")
