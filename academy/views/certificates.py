"""Certificates on the public site: the public check of a code and the owner's downloads.

The check answers valid, revoked or unknown and shows only what a reader of the
certificate needs. It must not help anyone guess codes: a code that cannot exist and a
code that does not exist get the same answer after the same database look-up, and each
client address has a limited number of look-ups (cms.ratelimit). Its answers are
personal data, so they never go into the page cache or a shared cache on the way.

Downloads serve the file stored when the certificate was issued, never a new rendering,
so every download is the same document with the same hash.
"""

import logging

from django import forms
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET

from cms import ratelimit

from ..downloads import private, stored_pdf
from ..models import Certificate
from ..models.codes import CERTIFICATE_CODE_LENGTH, normalise
from ..services.certificate_overview import certificate_overview
from .common import current_participant, registration_by_token_or_404, render_with_status

logger = logging.getLogger(__name__)

# What people type may be grouped with dashes or spaces; far longer is not a code.
MAX_TYPED_LENGTH = 64


# The public check --------------------------------------------------------------------------


class CertificateCodeForm(forms.Form):
    code = forms.CharField(
        label=gettext_lazy("Controlecode"),
        max_length=MAX_TYPED_LENGTH,
        help_text=gettext_lazy(
            "De code staat onder aan het certificaat. Bijvoorbeeld: 7KQ2-M9XD-4TNB-H3PW-C8RV."
        ),
        error_messages={
            "required": gettext_lazy("Vul de controlecode in."),
            "max_length": gettext_lazy(
                "Deze code is te lang. Een controlecode heeft 20 letters en cijfers."
            ),
        },
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}
        ),
    )


def _look_up(code):
    """The certificate with this code, or None. A code that cannot exist is looked up as
    well (as a value no row has), so it costs the same time as one that does not exist."""
    stored = normalise(code)
    if len(stored) != CERTIFICATE_CODE_LENGTH:
        stored = "-"
    return Certificate.objects.filter(code=stored).select_related("replaced_by").first()


def _too_many(request, verdict, form):
    minutes = ratelimit.wait_minutes(verdict)
    context = {
        "form": form,
        "too_many": _(
            "U hebt te vaak een code gecontroleerd. Probeer het over %(minutes)s minuten opnieuw."
        )
        % {"minutes": minutes},
        "crumb_title": _("Certificaat controleren"),
    }
    response = render_with_status(request, "academy/certificates/verify.html", context, 429)
    response["Retry-After"] = str(verdict.retry_after)
    return response


@require_GET
def verify_certificate(request):
    """GET without a code: the form. GET with ?code= (the form, or the QR code on the PDF):
    the answer, 200 for a valid or revoked certificate, 404 for an unknown code."""
    context = {"crumb_title": _("Certificaat controleren")}
    status = 200
    if "code" not in request.GET:
        context["form"] = CertificateCodeForm()
        return private(render_with_status(request, "academy/certificates/verify.html", context))
    form = CertificateCodeForm(request.GET)
    context["form"] = form
    if not form.is_valid():
        status = 400
    else:
        verdict = ratelimit.hit_request(request, "verify-certificate", settings.ACADEMY_VERIFY_RATE)
        if not verdict.allowed:
            return private(_too_many(request, verdict, form))
        certificate = _look_up(form.cleaned_data["code"])
        context["checked"] = True
        context["certificate"] = certificate
        status = 200 if certificate is not None else 404
    return private(render_with_status(request, "academy/certificates/verify.html", context, status))


# The owner's downloads ---------------------------------------------------------------------


def _filename(certificate):
    edition = certificate.registration.edition
    owner = edition.owner_page
    slug = slugify(owner.slug if owner is not None else certificate.course_title) or "vmca"
    return f"certificaat-{slug}-{certificate.display_code}.pdf"


def _unavailable(request, message):
    context = {
        "heading": _("Certificaat niet beschikbaar"),
        "message": message,
        "back_url": reverse("academy:my_certificates"),
        "back_label": _("Naar mijn certificaten"),
        "crumb_title": _("Certificaat"),
    }
    response = render_with_status(request, "academy/file_unavailable.html", context, status=404)
    return private(response)


def _stream(request, certificate):
    """The stored file, as an attachment. A missing file is a fault on our side: it is
    logged, and the person gets the same page as for a certificate that is not there."""
    if not certificate.file.name:
        logger.error("Certificate %s has no stored file", certificate.pk)
        return _unavailable(request, _("Dit certificaat is er nu niet. Neem contact met ons op."))
    try:
        return stored_pdf(request, certificate.file, certificate.sha256, _filename(certificate))
    except OSError:
        logger.exception("The file of certificate %s cannot be read", certificate.pk)
        return _unavailable(request, _("Dit certificaat is er nu niet. Neem contact met ons op."))


def _revoked_message():
    return _(
        "Dit certificaat is ingetrokken. U kunt het niet meer downloaden. "
        "Neem contact met ons op als u vragen hebt."
    )


@login_required
@require_GET
def my_certificate(request, certificate_id):
    participant = current_participant(request)
    certificate = (
        Certificate.objects.filter(pk=certificate_id, registration__participant=participant)
        .select_related("registration__edition__course", "registration__edition__event_page")
        .first()
    )
    if certificate is None:
        raise Http404
    if certificate.is_revoked:
        return _unavailable(request, _revoked_message())
    return _stream(request, certificate)


@require_GET
def certificate_by_token(request, token):
    """The link in the e-mail: the registration's valid certificate, without signing in."""
    registration = registration_by_token_or_404(token)
    certificates = list(
        Certificate.objects.filter(registration=registration).order_by("-issued_at", "-pk")
    )
    valid = next((c for c in certificates if not c.is_revoked), None)
    if valid is None:
        if certificates:
            return _unavailable(request, _revoked_message())
        return _unavailable(request, _("Er is (nog) geen certificaat voor deze training."))
    valid.registration = registration
    return _stream(request, valid)


# Mijn academie -----------------------------------------------------------------------------


@login_required
@require_GET
def my_certificates(request):
    participant = current_participant(request)
    overview = certificate_overview(participant)
    context = {
        "participant": participant,
        "certificates": overview.certificates,
        "without_certificate": overview.without_certificate,
        "crumb_title": _("Mijn certificaten"),
    }
    return private(render_with_status(request, "academy/mine/certificates.html", context))
