"""The certificate as a document: VMCA's branding and signatory from the admin (Instellingen →
Certificaat), the register details, the website's colours, one landscape page however long
the name or title, still PDF/A; and the settings form refuses bad input with a message."""

import io
import re
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.urls import reverse
from pypdf import PdfReader

from academy import certificate_pdf
from academy.demo_certificates import SIGNATORY, sign_certificates
from academy.models import CertificateSettings
from academy.services import certificates as services
from tests import factories as f

from . import certificate_builders as b

pytestmark = pytest.mark.django_db

STATIC = Path(django_settings.BASE_DIR) / "static" / "css"
PDF_A = "http://www.aiim.org/pdfa/ns/id/"

# The longest a certificate can state: a first name of 80 and a last name of 119 characters
# (the snapshot keeps 200) and a course title of 255.
LONGEST_FIRST_NAME = (
    "Maria-Magdalena Alexandra Wilhelmina Johanna Cornelia Theodora Anna Elisabeth Xe"
)
LONGEST_LAST_NAME = (
    "van den Heuvel-Oppenheimer-Brouwershaven de Vries tot Wijk bij Duurstede en Nederhorst "
    "den Berg-Oudshoorn-Rijnsburgveen"
)
LONGEST_TITLE = (
    "Omgaan met grensoverschrijdend gedrag, agressie en ontspoorde communicatie in de wijk, "
    "thuis en in de zorg: een verdiepende training voor vrijwilligers, mantelzorgers en "
    "professionals in zorg en welzijn in Almere, met oefeningen, casuïstiek en intervisie."
)


def pdf_bytes(certificate):
    with certificate.file.open("rb") as stored:
        return stored.read()


def pdf_text(data):
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    return " ".join(text.split())


def assert_one_pdf_a_page(data):
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1
    width, height = (float(value) for value in reader.pages[0].mediabox.upper_right)
    assert width > height  # A4 landscape
    xmp = reader.xmp_metadata
    assert [node.value for node in xmp.get_element("", PDF_A, "part")] == ["3"]
    assert [node.value for node in xmp.get_element("", PDF_A, "conformance")] == ["B"]
    assert len(data) <= 100 * 1024


def signed_by(**fields):
    row = CertificateSettings.load()
    values = {
        "signatory_name": "Ingrid Veldhuis",
        "signatory_role": "Coördinator Vrijwilligersacademie",
        "signatory_role_en": "Coordinator, Volunteer Academy",
        "closing_line": "Met dank voor uw inzet voor de mensen in Almere.",
        "closing_line_en": "Thank you for your commitment to the people of Almere.",
        "footer": "VMCA Almere · Voorbeeldpassage 10, 1300 AB Almere",
    }
    values.update(fields)
    for name, value in values.items():
        setattr(row, name, value)
    row.save()
    return row


@pytest.fixture
def accredited(academy):
    """A finished course with Registerplein points and a professional who came to both."""
    page = b.accredited_course(points="4.5", title="Omgaan met dementie")
    edition = b.finished_edition(page, sessions=2)
    return page, edition, b.attend(b.professional(edition))


def issue(registration):
    return services.issue_certificate(registration, notify=False)


# What the settings put on the certificate -----------------------------------------------------


def test_signatory_role_closing_line_and_register_details_appear(accredited):
    signed_by(signature=f.make_image("Handtekening", size=(1200, 300)))
    certificate = issue(accredited[2])
    data = pdf_bytes(certificate)
    text = pdf_text(data)
    for expected in (
        "Certificaat",
        "Fatima El Amrani",
        "Omgaan met dementie",
        "Ingrid Veldhuis",
        "Coördinator Vrijwilligersacademie",
        "Met dank voor uw inzet voor de mensen in Almere.",
        "VMCA Almere · Voorbeeldpassage 10",
        # the register, the course's number there, the person's number and the points
        "Registerplein",
        "Accreditatienummer van de training",
        "ACC-2026-0042",
        "Registratienummer van de deelnemer",
        "46101234",
        "4,5",
        certificate.display_code,
        "Vrijwilligers en Mantelzorg Centrale Almere",
    ):
        assert expected in text, expected
    assert b"/Subtype /Image" in data  # the signature (and the QR code)
    assert_one_pdf_a_page(data)


def test_participation_certificate_has_no_register_block(academy):
    page = b.accredited_course(title="Omgaan met dementie")
    edition = b.finished_edition(page)
    volunteer = b.attend(b.confirmed(edition, b.participant_named("Annemarie", "Koster")))
    signed_by()
    data = pdf_bytes(issue(volunteer))
    text = pdf_text(data)
    assert "Bewijs van deelname" in text and "Annemarie Koster" in text
    assert "Is dit bewijs van deelname echt?" in text
    assert "Ingrid Veldhuis" in text
    assert "Punten" not in text and "Registratienummer" not in text
    assert_one_pdf_a_page(data)


def test_without_a_signatory_the_organisation_signs(accredited):
    text = pdf_text(pdf_bytes(issue(accredited[2])))
    assert "Vrijwilligers en Mantelzorg Centrale Almere" in text
    assert "Met dank voor" not in text


def test_english_certificate_uses_the_english_role_and_closing_line(accredited):
    signed_by()
    certificate = issue(accredited[2])
    certificate.language = "en"
    text = pdf_text(certificate_pdf.render_certificate(certificate))
    assert "Coordinator, Volunteer Academy" in text
    assert "Thank you for your commitment to the people of Almere." in text
    assert "Coördinator" not in text and "Met dank voor" not in text


def test_english_certificate_without_translations_keeps_the_dutch_role_and_no_closing(
    accredited,
):
    signed_by(signatory_role_en="", closing_line_en="")
    certificate = issue(accredited[2])
    certificate.language = "en"
    text = pdf_text(certificate_pdf.render_certificate(certificate))
    assert "Coördinator Vrijwilligersacademie" in text
    assert "Met dank voor" not in text


def test_without_an_uploaded_logo_the_website_logo_is_used(accredited):
    branding = certificate_pdf.load_branding()
    assert branding.logo_url == f"{django_settings.STATIC_URL}img/logo.svg"
    data = pdf_bytes(issue(accredited[2]))
    assert b"/Subtype /Form" in data  # the SVG logo, drawn as vectors


def test_an_uploaded_logo_replaces_the_website_logo(accredited):
    signed_by(logo=f.make_image("Logo", size=(600, 200)))
    branding = certificate_pdf.load_branding()
    assert branding.logo_url.startswith(django_settings.MEDIA_URL)
    data = certificate_pdf.render_certificate(issue(accredited[2]), branding)
    assert b"/Subtype /Form" not in data


# Long names and titles ------------------------------------------------------------------------


@pytest.mark.parametrize("accreditation", [True, False])
def test_the_longest_name_and_title_stay_on_one_page(academy, accreditation):
    signed_by(signature=f.make_image("Handtekening", size=(1200, 300)))
    page = b.accredited_course(points="12", title=LONGEST_TITLE)
    assert len(page.title) == 255
    edition = b.finished_edition(page, sessions=6)
    person = b.participant_named(LONGEST_FIRST_NAME, LONGEST_LAST_NAME)
    assert len(person.full_name) == 200
    fields = (
        {
            "wants_accreditation": True,
            "register": b.register("Registerplein"),
            "register_number": "46109876543",
        }
        if accreditation
        else {}
    )
    certificate = issue(b.attend(b.confirmed(edition, person, **fields)))
    data = pdf_bytes(certificate)
    assert_one_pdf_a_page(data)
    text = pdf_text(data)
    for expected in ("Rijnsburgveen", "intervisie", "Ingrid Veldhuis", certificate.display_code):
        assert expected in text, expected


def test_a_name_without_spaces_is_broken_instead_of_running_off_the_page(accredited):
    certificate = issue(accredited[2])
    certificate.participant_name = "W" * 200
    certificate.course_title = "Zelfstandigheidsbevorderingsprogrammaontwikkeling" * 5
    data = certificate_pdf.render_certificate(certificate)
    assert_one_pdf_a_page(data)


def test_size_of_the_name_and_title_follows_their_length():
    size = certificate_pdf._size_class
    limits = (certificate_pdf.NAME_LONG, certificate_pdf.NAME_LONGEST)
    assert size("Fatima El Amrani", *limits) == ""
    assert size("x" * (certificate_pdf.NAME_LONG + 1), *limits) == "long"
    assert size("x" * (certificate_pdf.NAME_LONGEST + 1), *limits) == "longest"


# The website's colours ------------------------------------------------------------------------


def test_pdf_stylesheets_use_only_the_website_colours():
    site = set(re.findall(r"--[\w-]+:\s*(#[0-9a-fA-F]{3,6})\b", (STATIC / "site.css").read_text()))
    assert "#0b5c55" in site  # --teal
    for name in ("pdf.css", "certificate.css", "invoice.css"):
        used = set(re.findall(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b", (STATIC / name).read_text()))
        assert used, name
        assert used <= site, (name, sorted(used - site))


# The settings in the admin --------------------------------------------------------------------


def settings_url():
    row = CertificateSettings.load()
    return reverse("wagtailsettings:edit", args=("academy", "certificatesettings", row.pk))


def settings_form(**fields):
    data = {
        "organisation_name": "Vrijwilligers en Mantelzorg Centrale Almere",
        "organisation_line": "Vrijwilligersacademie",
        "participation_title": "Bewijs van deelname",
        "accreditation_title": "Certificaat",
        "statement": "Hierbij verklaren wij dat",
        "closing_line": "",
        "closing_line_en": "",
        "signatory_name": "Ingrid Veldhuis",
        "signatory_role": "Coördinator Vrijwilligersacademie",
        "signatory_role_en": "",
        "signature": "",
        "logo": "",
        "footer": "",
    }
    data.update(fields)
    return data


def test_admin_saves_the_signatory_and_the_next_certificate_shows_it(client, accredited):
    client.force_login(f.superuser())
    assert client.get(settings_url()).status_code == 200
    signature = f.make_image("Handtekening", size=(1200, 300))

    response = client.post(
        settings_url(),
        settings_form(signature=str(signature.pk), closing_line="Met dank voor uw inzet."),
    )

    assert response.status_code == 302
    row = CertificateSettings.load()
    assert row.signatory_name == "Ingrid Veldhuis" and row.signature_id == signature.pk
    assert "Met dank voor uw inzet." in pdf_text(pdf_bytes(issue(accredited[2])))


def test_admin_form_with_a_missing_image_gives_a_message_not_an_error(client, academy):
    client.force_login(f.superuser())

    response = client.post(settings_url(), settings_form(signature="999999"))

    assert response.status_code == 200
    assert response.context["form"].errors["signature"]
    assert CertificateSettings.load().signatory_name == ""


def test_admin_form_refuses_a_signature_without_a_name(client, academy):
    client.force_login(f.superuser())
    signature = f.make_image("Handtekening", size=(1200, 300))

    response = client.post(
        settings_url(), settings_form(signatory_name=" ", signature=str(signature.pk))
    )

    assert response.status_code == 200
    assert "Vul ook de naam in van wie ondertekent." in response.content.decode()
    assert CertificateSettings.load().signature_id is None


# The demo --------------------------------------------------------------------------------------


def test_demo_signs_with_an_invented_coordinator_and_leaves_filled_settings_alone(academy):
    row = sign_certificates()
    assert row.signatory_name == SIGNATORY["signatory_name"]
    assert row.signature is not None

    signed_by(signatory_name="Iemand Anders")
    assert sign_certificates().signatory_name == "Iemand Anders"


def test_the_widest_code_stays_on_one_line(accredited):
    """The code is typed in to check a certificate: it is never split over two lines, also
    when it is all wide letters (it is set in a monospaced font)."""
    certificate = issue(accredited[2])
    certificate.code = "W" * len(certificate.code)
    data = certificate_pdf.render_certificate(certificate)
    assert_one_pdf_a_page(data)
    assert certificate.display_code in pdf_text(data)
