"""The personal check-in QR code: the check-in address (who may use it, what it shows), the
typed code, and the QR in Mijn academie and in the confirmation e-mail decoding to that
address."""

import io
import re

import pypdfium2
import pytest
import zxingcpp
from django.core import mail
from django.urls import reverse
from PIL import Image

from academy import checkin, qr
from academy.models import Attendance, AttendanceStatus, Registration
from academy.services import registration as services
from tests import factories as f

from .conftest import edition, edition_starting_soon, participant, user_with_participant

pytestmark = pytest.mark.django_db


def checkin_path(code):
    return reverse("academy:checkin", kwargs={"code": code})


def decode(image):
    found = zxingcpp.read_barcodes(image)
    assert found, "no QR code found in the image"
    return found[0].text


def decode_png(data):
    return decode(Image.open(io.BytesIO(data)))


def decode_svg(markup):
    """Rasterise the inline SVG exactly as served (WeasyPrint → PDF → pdfium) and decode it."""
    html = f"<html><body style='margin:0'>{markup}</body></html>"
    pdf = render_pdf_string(html)
    page = pypdfium2.PdfDocument(pdf)[0]
    return decode(page.render(scale=3).to_pil())


def render_pdf_string(html):
    from weasyprint import HTML

    return HTML(string=html).write_pdf()


@pytest.fixture
def booked(academy, django_capture_on_commit_callbacks, now):
    """A participant with an account and a place in an edition whose first session starts in
    ten minutes: they are at the door, in time."""
    user, person = user_with_participant()
    person.first_name, person.last_name = "Fatima", "El Amrani"
    person.save()
    ed = edition_starting_soon(now, capacity=5)
    with django_capture_on_commit_callbacks(execute=True):
        registration = services.register(ed.pk, person)
    return user, registration


def test_anonymous_visitor_goes_to_the_login_page(client, booked):
    _user, registration = booked
    path = checkin_path(registration.checkin_code)
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))
    assert "next=" in response["Location"]
    assert client.post(path).status_code == 302
    assert not Attendance.objects.exists()


def test_participant_scanning_own_code_gets_403_without_personal_data(client, booked):
    user, registration = booked
    client.force_login(user)
    for response in (
        client.get(checkin_path(registration.checkin_code)),
        client.post(checkin_path(registration.checkin_code)),
        client.get(checkin_path("0000-0000")),  # the same answer: no guessing of codes
    ):
        assert response.status_code == 403
        html = response.content.decode()
        assert "trainer" in html
        assert "El Amrani" not in html
        assert registration.edition.title not in html
    assert not Attendance.objects.exists()


def test_staff_confirm_first_then_post_checks_in(staff_client, booked):
    _user, registration = booked
    path = checkin_path(registration.checkin_code)
    page = staff_client.get(path)
    assert page.status_code == 200
    html = page.content.decode()
    assert "Fatima El Amrani" in html
    assert registration.edition.title in html
    assert re.search(r"<button[^>]*type=\"submit\"[^>]*>\s*Inchecken", html)
    assert not Attendance.objects.exists()  # GET never changes data
    session = registration.edition.sessions.get()
    done = staff_client.post(path, {"session": session.pk})
    assert done.status_code == 200
    attendance = Attendance.objects.get(registration=registration, session=session)
    assert attendance.method == Attendance.Method.QR
    assert attendance.status == AttendanceStatus.PRESENT  # before the start: not late
    roster = reverse("academy_editions:roster", args=(registration.edition_id, session.pk))
    assert roster in done.content.decode()
    assert "Ingecheckt" in done.content.decode()


def test_typed_code_with_dashes_lowercase_and_letter_o(staff_client, booked):
    _user, registration = booked
    Registration.objects.filter(pk=registration.pk).update(checkin_code="K7M20Q9X")
    response = staff_client.post(checkin_path("k7m2-oq9x"))
    assert response.status_code == 200
    assert Attendance.objects.filter(registration=registration).exists()


def test_unknown_code_is_a_404_with_a_clear_message(staff_client, booked):
    response = staff_client.get(checkin_path("ZZZZ-ZZZZ"))
    assert response.status_code == 404
    assert "Deze code kennen wij niet" in response.content.decode()
    assert staff_client.post(checkin_path("!!")).status_code == 404
    assert not Attendance.objects.exists()


def test_cancelled_registration_is_refused_before_the_button(staff_client, booked):
    _user, registration = booked
    services.cancel(registration, by=services.CancelledBy.STAFF)
    response = staff_client.get(checkin_path(registration.checkin_code))
    assert response.status_code == 409
    assert "geen plek" in response.content.decode()
    assert staff_client.post(checkin_path(registration.checkin_code)).status_code == 409
    assert not Attendance.objects.exists()


def test_trainer_of_another_edition_reads_the_code_as_unknown(client, booked):
    _user, registration = booked
    account = f.user(groups=["Trainers"])
    person = f.person(is_trainer=True, user=account)
    own = edition()
    own.trainers.add(person)
    own.save()
    client.force_login(account)
    response = client.get(checkin_path(registration.checkin_code))
    assert response.status_code == 404
    assert "El Amrani" not in response.content.decode()


# The QR code decodes to the check-in address --------------------------------------------------


def test_qr_png_and_svg_encode_the_absolute_checkin_url(booked):
    _user, registration = booked
    url = checkin.checkin_url(registration)
    assert url == "http://testserver" + checkin_path(registration.checkin_code)
    assert decode_png(checkin.qr_png(registration)) == url
    assert decode_svg(qr.svg(url)) == url


def test_mijn_academie_shows_a_qr_that_decodes_to_the_checkin_url(client, booked):
    user, registration = booked
    client.force_login(user)
    html = client.get(reverse("academy:mine")).content.decode()
    assert "Uw code om in te checken" in html
    assert registration.display_checkin_code in html
    svg = re.search(r"<svg.*?</svg>", html, re.S).group(0)
    assert "<title>" in svg and registration.display_checkin_code in svg
    assert decode_svg(svg) == checkin.checkin_url(registration)


def test_waiting_list_has_no_checkin_code_in_mijn_academie(client, academy):
    user, person = user_with_participant()
    ed = edition(capacity=1)
    services.register(ed.pk, participant())
    waiting = services.register(ed.pk, person)
    client.force_login(user)
    html = client.get(reverse("academy:mine")).content.decode()
    assert waiting.display_checkin_code not in html
    assert "Uw code om in te checken" not in html


def test_confirmation_mail_has_the_code_and_an_inline_qr(booked):
    _user, registration = booked
    message = next(m for m in mail.outbox if m.to == [registration.participant.email])
    assert registration.display_checkin_code in message.body
    html = next(content for content, kind in message.alternatives if kind == "text/html")
    assert f'src="cid:{checkin.QR_CONTENT_ID}"' in html
    mime = message.message()
    images = [part for part in mime.walk() if part.get_content_type() == "image/png"]
    assert len(images) == 1
    assert images[0]["Content-ID"] == f"<{checkin.QR_CONTENT_ID}>"
    # The image sits with the HTML in a multipart/related part; the .ics stays an attachment.
    related = [part for part in mime.walk() if part.get_content_type() == "multipart/related"]
    assert len(related) == 1
    assert decode_png(images[0].get_payload(decode=True)) == checkin.checkin_url(registration)


def test_waiting_list_mail_has_no_code_and_no_image(academy, django_capture_on_commit_callbacks):
    ed = edition(capacity=1)
    services.register(ed.pk, participant(email=""))
    with django_capture_on_commit_callbacks(execute=True):
        waiting = services.register(ed.pk, participant())
    message = next(m for m in mail.outbox if m.to == [waiting.participant.email])
    assert waiting.display_checkin_code not in message.body
    assert not [p for p in message.message().walk() if p.get_content_type() == "image/png"]


def test_code_of_a_training_in_two_weeks_is_refused_before_the_button(staff_client, academy):
    ed = edition(starts_in_days=14, capacity=5)
    registration = services.register(ed.pk, participant(first_name="Vroeg", last_name="Erbij"))
    path = checkin_path(registration.checkin_code)
    page = staff_client.get(path)
    assert page.status_code == 409
    html = page.content.decode()
    assert "nog niet begonnen" in html
    assert "een half uur voor het begin" in html
    assert not re.search(r"<button[^>]*type=\"submit\"[^>]*>\s*Inchecken", html)
    session = ed.sessions.get()
    assert staff_client.post(path, {"session": session.pk}).status_code == 409
    assert not Attendance.objects.exists()
