"""The certificate PDF's parts that its faster rendering must keep: the QR code's modules,
embedded fonts, the logo drawn as vectors and a sharp (not smoothed) QR image."""

import base64
import io

import pytest
from PIL import Image
from pypdf import PdfReader

from academy import certificate_pdf, qr
from academy.services import certificates as services

from . import certificate_builders as b

pytestmark = pytest.mark.django_db

URL = "https://www.vmca-almere.nl/certificaat/controleren/?code=ABCDEFGHJKMNPQRSTVWX"


def test_the_qr_image_has_the_modules_of_the_code():
    prefix = "data:image/png;base64,"
    data_url = certificate_pdf.qr_data_url(URL)
    assert data_url.startswith(prefix)
    image = Image.open(io.BytesIO(base64.b64decode(data_url[len(prefix) :])))
    reference = Image.open(io.BytesIO(qr.png(URL, scale=4, border=0))).convert("RGB")
    assert image.mode == "RGB"
    assert image.size == reference.size
    assert image.tobytes() == reference.tobytes()


def page_resources(data):
    page = PdfReader(io.BytesIO(data)).pages[0]
    resources = page["/Resources"]
    fonts = [font.get_object() for font in resources["/Font"].values()]
    objects = [item.get_object() for item in resources["/XObject"].values()]
    return fonts, objects


def embedded(font):
    descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
    descriptor = descendant["/FontDescriptor"].get_object()
    return any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))


def test_certificate_embeds_its_fonts_draws_the_logo_and_keeps_the_qr_code_sharp(academy):
    edition = b.finished_edition(b.accredited_course(title="Omgaan met dementie"))
    certificate = services.issue_certificate(b.attend(b.professional(edition)), notify=False)
    data = certificate_pdf.render_certificate(certificate)

    fonts, objects = page_resources(data)
    names = {str(font["/BaseFont"]).split("+", 1)[-1] for font in fonts}
    assert {"DejaVu-Sans", "DejaVu-Sans-Bold"} <= names
    assert all(embedded(font) for font in fonts)  # PDF/A: every font in the file

    assert [item for item in objects if item["/Subtype"] == "/Form"]  # the SVG logo
    (code,) = [item for item in objects if item["/Subtype"] == "/Image"]
    assert code["/ColorSpace"] == "/DeviceRGB"
    assert code["/Width"] == code["/Height"]
    assert code["/Interpolate"].value is False  # image-rendering: pixelated
