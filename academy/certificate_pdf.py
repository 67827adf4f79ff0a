"""The certificate as a PDF/A: one A4 landscape page, rendered once when it is issued and
stored.

What the page states comes from the certificate row (its snapshot); the sender, wording,
signatory and closing line from the editable CertificateSettings (Instellingen →
Certificaat); the colours from the website (static/css/pdf.css). Without an uploaded logo
the page carries the website's logo. The QR code opens the public verification page with
the code filled in. Kept lean on purpose (one font family, small images): a warm render
takes tens of milliseconds and the file stays well under 100 KB.
"""

import base64
import io
import logging
from dataclasses import dataclass
from urllib.parse import quote

from django.conf import settings
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext
from PIL import Image

from cms.pdf import render_pdf
from events.calendar.spec import AMSTERDAM

from . import qr
from .formatting import format_points
from .links import absolute_url
from .models import Certificate, CertificateSettings

logger = logging.getLogger(__name__)

TEMPLATE = "academy/pdf/certificate.html"
STYLESHEETS = ("css/pdf.css", "css/certificate.css")
# Small renditions: the original upload may be a 5 MB photo of a signature.
SIGNATURE_SPEC = "max-800x200"
LOGO_SPEC = "max-600x200"
# Pixels per QR module in the PNG.
QR_SCALE = 4
# The website's logo, when staff uploaded none.
DEFAULT_LOGO = "img/logo.svg"

# From this many characters on, the name and the title are set smaller, so that even the
# longest ones (200 and 255 characters) stay on the one page.
NAME_LONG, NAME_LONGEST = 34, 60
COURSE_LONG, COURSE_LONGEST = 70, 140


@dataclass
class Branding:
    settings: CertificateSettings
    logo_url: str = ""
    signature_url: str = ""


def _image_url(image, spec):
    """A /media/<stored name> address of a small rendition: the PDF renderer reads it
    through the storage (local disk or object storage), never over the network."""
    if image is None:
        return ""
    try:
        name = image.get_rendition(spec).file.name
    except Exception:
        logger.exception("No rendition %s of image %s for the certificate", spec, image.pk)
        return ""
    return f"{settings.MEDIA_URL}{quote(name)}"


def load_branding():
    branding = CertificateSettings.load()
    return Branding(
        settings=branding,
        logo_url=_image_url(branding.logo, LOGO_SPEC) or f"{settings.STATIC_URL}{DEFAULT_LOGO}",
        signature_url=_image_url(branding.signature, SIGNATURE_SPEC),
    )


def verification_url(code, language="nl"):
    """The public verification page with the code filled in, as an absolute address."""
    with translation.override(language):
        path = reverse("academy:verify_certificate")
    return absolute_url(f"{path}?code={code}")


def _number(value):
    """Points and hours as the catalogue writes them (2,5), with a decimal point in English."""
    text = format_points(value)
    return text.replace(",", ".") if translation.get_language() == "en" else text


def _day(value):
    return formats.date_format(value, "j F Y")


def dates_text(first, last):
    if first == last:
        return _day(first)
    return gettext("%(first)s tot en met %(last)s") % {"first": _day(first), "last": _day(last)}


def qr_data_url(url):
    """The QR code as a small PNG: WeasyPrint draws an image far faster than the same code
    as an SVG path (about 10 ms less per certificate); `image-rendering: pixelated` in
    the stylesheet keeps the modules sharp however large it is printed.

    The PNG is 8-bit RGB, the form the PDF stores it in: a one-bit PNG (segno's) costs
    WeasyPrint one more decode, conversion and encode per render. It is made at one pixel
    per module and enlarged by Pillow, quicker than segno writing the large PNG in
    Python; the pixels are the same."""
    code = Image.open(io.BytesIO(qr.png(url, scale=1, border=0))).convert("RGB")
    code = code.resize((code.width * QR_SCALE, code.height * QR_SCALE), Image.Resampling.NEAREST)
    buffer = io.BytesIO()
    # Quick compression: WeasyPrint compresses the pixels again for the PDF.
    code.save(buffer, format="PNG", compress_level=1)
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()


def _texts(texts, is_accreditation, language):
    """The title and the sentence above the name. Staff edit them in Dutch; a certificate
    in another language uses the translation of the standard wording instead."""
    if language == "nl":
        title = texts.accreditation_title if is_accreditation else texts.participation_title
        return title, texts.statement
    title = gettext("Certificaat") if is_accreditation else gettext("Bewijs van deelname")
    return title, gettext("Hierbij verklaren wij dat")


def _size_class(text, long, longest):
    """How large the stylesheet sets a name or title: "", "long" or "longest"."""
    length = len(text or "")
    if length > longest:
        return "longest"
    return "long" if length > long else ""


def certificate_context(certificate, branding):
    url = verification_url(certificate.code, certificate.language)
    is_accreditation = certificate.kind == Certificate.Kind.ACCREDITATION
    texts = branding.settings
    title, statement = _texts(texts, is_accreditation, certificate.language)
    return {
        "certificate": certificate,
        "branding": texts,
        "logo_url": branding.logo_url,
        "signature_url": branding.signature_url,
        "language": certificate.language,
        "is_accreditation": is_accreditation,
        "title": title,
        "statement": statement,
        "name_class": _size_class(certificate.participant_name, NAME_LONG, NAME_LONGEST),
        "course_class": _size_class(certificate.course_title, COURSE_LONG, COURSE_LONGEST),
        "signatory_role": texts.role(certificate.language),
        "closing": texts.closing(certificate.language),
        "dates": dates_text(certificate.first_date, certificate.last_date),
        "hours": _number(certificate.hours) if certificate.hours else "",
        "points": _number(certificate.points) if certificate.points is not None else "",
        "issued_on": _day(timezone.localtime(certificate.issued_at).date()),
        "verify_url": url,
        "verify_page": url.split("?", 1)[0],
        "qr_src": qr_data_url(url),
    }


def render_certificate(certificate, branding=None):
    """The PDF bytes of a certificate (not saved; the service stores them once)."""
    branding = branding or load_branding()
    with translation.override(certificate.language), timezone.override(AMSTERDAM):
        return render_pdf(
            TEMPLATE, certificate_context(certificate, branding), stylesheets=STYLESHEETS
        )
