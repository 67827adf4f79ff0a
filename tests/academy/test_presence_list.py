"""The printable presentielijst (PDF) of a session: its text, checked after extracting it
from the PDF, and who may download it."""

import datetime as dt
import io
import re
from decimal import Decimal

import pypdf
import pytest
from django.urls import reverse
from django.utils import timezone

from academy.models import AccreditationRegister, AttendanceStatus, CertificateSettings
from academy.models.participants import initials_and_surname
from academy.services import attendance as attendance_services
from academy.services import registration as services
from academy.services.registration import Answers
from tests import factories as f

from .conftest import course, edition, participant

pytestmark = pytest.mark.django_db


def pdf_url(ed, session):
    return reverse("academy_editions:presence_list", args=(ed.pk, session.pk))


def pages_text(content):
    reader = pypdf.PdfReader(io.BytesIO(content))
    return [" ".join(page.extract_text().split()) for page in reader.pages]


@pytest.fixture
def sheet(academy, staff):
    settings = CertificateSettings.load()
    settings.organisation_name = "Vrijwilligers en Mantelzorg Centrale Almere"
    settings.save()
    registerplein = AccreditationRegister.objects.get(short_name="Registerplein")
    big = AccreditationRegister.objects.get(short_name="BIG")
    page = course(
        title="Omgaan met dementie",
        accreditations=[
            (registerplein, "RP-2026-00123", Decimal("4")),
            (big, "GAIA-445566", Decimal("2.5")),
        ],
    )
    ed = edition(page, capacity=10, starts_in_days=3)
    ed.trainers.add(f.person(first_name="Tineke", last_name="Trainer", is_trainer=True))
    ed.save()
    professional = participant(
        first_name="Fatima Zahra", last_name="El Amrani", participant_type="professional"
    )
    pro = services.register(
        ed.pk,
        professional,
        Answers(wants_accreditation=True, register_id=registerplein.pk, register_number="46101234"),
    )
    volunteer = services.register(ed.pk, participant(first_name="Jan", last_name="de Boer"))
    session = ed.sessions.get()
    # Attendance can be recorded from half an hour before the start (academy.rules).
    attendance_services.record_attendance(
        pro, session, AttendanceStatus.PRESENT, by=staff, now=session.start
    )
    return ed, session, pro, volunteer


def test_presence_list_text_has_every_field(client, staff, sheet):
    ed, session, _pro, _volunteer = sheet
    client.force_login(staff)
    response = client.get(pdf_url(ed, session))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    start = timezone.localtime(session.start)
    disposition = response["Content-Disposition"]
    assert disposition.startswith("attachment;")
    assert f'filename="presentielijst-omgaan-met-dementie-{start:%Y%m%d-%H%M}.pdf"' in disposition
    (text,) = pages_text(response.content)
    assert "Vrijwilligers en Mantelzorg Centrale Almere" in text
    assert "Presentielijst" in text
    assert "Omgaan met dementie" in text
    months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
              "september", "oktober", "november", "december"]  # fmt: skip
    assert f"{start.day} {months[start.month - 1]} {start.year}" in text
    assert f"{start.hour}.{start:%M}" in text  # Dutch style: 19.30
    assert "Buurtcentrum De Schakel" in text
    assert "Tineke Trainer" in text
    assert "RP-2026-00123" in text and "GAIA-445566" in text
    assert "F.Z. El Amrani" in text
    assert "J. de Boer" in text
    assert "Registerplein 46101234" in text
    assert "Handtekening" in text
    assert "Aanwezig" in text
    # The volunteer did not ask for points: no register number on their line.
    assert re.search(r"J\. de Boer\s+(Registerplein|\d)", text) is None


def test_table_heading_repeats_on_every_page(client, staff, sheet):
    ed, session, _pro, _volunteer = sheet
    ed.capacity = 60
    ed.save()
    for number in range(40):
        services.register(ed.pk, participant(first_name="Extra", last_name=f"Deelnemer {number}"))
    client.force_login(staff)
    pages = pages_text(client.get(pdf_url(ed, session)).content)
    assert len(pages) > 1
    for text in pages:
        assert "Handtekening" in text
        assert "Naam (voorletters en achternaam)" in text


def test_expired_accreditation_is_left_out(client, staff, sheet):
    ed, session, _pro, _volunteer = sheet
    accreditation = ed.course.accreditations.get(accreditation_id="GAIA-445566")
    accreditation.valid_until = timezone.localdate() - dt.timedelta(days=1)
    accreditation.save()
    client.force_login(staff)
    (text,) = pages_text(client.get(pdf_url(ed, session)).content)
    assert "RP-2026-00123" in text
    assert "GAIA-445566" not in text


def test_initials_and_surname():
    assert initials_and_surname("Fatima", "El Amrani") == "F. El Amrani"
    assert initials_and_surname("anne-marie", "de Vries") == "A.M. de Vries"
    assert initials_and_surname("", "Jansen") == "Jansen"


def test_presence_list_access(client, sheet):
    ed, session, _pro, _volunteer = sheet
    url = pdf_url(ed, session)
    anonymous = client.get(url)
    assert anonymous.status_code == 302
    assert "login" in anonymous["Location"]
    client.force_login(f.redacteur())
    editor = client.get(url)
    assert editor.status_code in (302, 403)
    assert editor.get("Content-Type") != "application/pdf"
    # A trainer of another edition: 404; the edition's own trainer: the PDF.
    account = f.user(groups=["Trainers"])
    person = f.person(first_name="Ander", last_name="Trainer", is_trainer=True, user=account)
    client.force_login(account)
    assert client.get(url).status_code == 404
    ed.trainers.add(person)
    ed.save()
    assert client.get(url).status_code == 200
    # A participant with an account is no staff.
    from .conftest import user_with_participant

    user, _person = user_with_participant()
    client.force_login(user)
    assert client.get(url).status_code in (302, 403)
    # A session of another edition under this edition's address: 404.
    other = edition()
    client.force_login(f.user(groups=["Academie"]))
    assert client.get(pdf_url(ed, other.sessions.get())).status_code == 404
