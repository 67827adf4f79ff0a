"""What Mijn academie shows about one person's certificates, in a fixed number of queries.

Every certificate the person holds (valid and revoked), and every past course without a
certificate with the reason in one sentence (the completion rule, counted for all of
the person's courses at once).
"""

from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..models import Certificate, Registration, RegistrationStatus
from .completion import Completion, completions_for_registrations


@dataclass
class PastCourse:
    registration: Registration
    completion: Completion

    @property
    def reason(self):
        """Why there is no certificate, for the person themselves."""
        if self.completion.met:
            return _(
                "U hebt de training afgerond. U krijgt een e-mail als uw certificaat klaar is."
            )
        return self.completion.explanation


@dataclass
class CertificateOverview:
    certificates: list  # newest first, valid and revoked
    without_certificate: list  # PastCourse, most recent course first


def certificate_overview(participant, now=None):
    now = now or timezone.now()
    certificates = list(
        Certificate.objects.filter(registration__participant=participant).order_by(
            "-issued_at", "-pk"
        )
    )
    # A revoked certificate is listed (marked as such) and explains itself.
    with_certificate = {certificate.registration_id for certificate in certificates}
    past = [
        registration
        for registration in Registration.objects.filter(
            participant=participant,
            status=RegistrationStatus.CONFIRMED,
            edition__last_end__lt=now,
        )
        .select_related("edition__course", "edition__event_page")
        .order_by("-edition__last_end", "-pk")
        if registration.pk not in with_certificate
    ]
    completions = completions_for_registrations(past)
    return CertificateOverview(
        certificates=certificates,
        without_certificate=[
            PastCourse(registration=registration, completion=completions[registration.pk])
            for registration in past
        ],
    )
