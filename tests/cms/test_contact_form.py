"""The contact form: stored and e-mailed, spam ignored, bad posts answered clearly,
submissions exportable by staff only."""

import csv
import io

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from wagtail.contrib.forms.models import FormSubmission

from tests import factories as f

pytestmark = pytest.mark.django_db

VALID = {
    "naam": "Anna de Boer",
    "e_mailadres": "anna@example.org",
    "vraag": "Ik wil graag maatje worden. Kunt u mij bellen?",
}


@pytest.fixture
def contact():
    return f.contact_page(title="Contact", slug="contact")


def test_contact_page_shows_the_form_with_its_fields(client, contact):
    response = client.get("/contact/")

    assert response.status_code == 200
    html = response.content.decode()
    for name in ("naam", "e_mailadres", "vraag", "website"):
        assert f'name="{name}"' in html
    assert "csrfmiddlewaretoken" in html


def test_valid_submission_is_stored_mailed_and_thanked_for(client, contact):
    response = client.post("/contact/", VALID)

    assert response.status_code == 200
    assert "Bedankt voor uw vraag." in response.content.decode()  # the page's thank-you text
    submission = FormSubmission.objects.get(page=contact)
    data = submission.get_data()
    assert data["naam"] == "Anna de Boer"
    assert data["e_mailadres"] == "anna@example.org"
    assert "website" not in data
    (message,) = mail.outbox
    assert message.to == ["info@vmca.example"]
    assert message.subject == "Nieuwe vraag via de website"
    assert "Anna de Boer" in message.body
    assert "Ik wil graag maatje worden." in message.body


def test_submission_survives_a_real_browser_with_csrf_checks(contact):
    browser = Client(enforce_csrf_checks=True)
    form_page = browser.get("/contact/")
    token = form_page.cookies["csrftoken"].value

    response = browser.post("/contact/", {**VALID, "csrfmiddlewaretoken": token})

    assert response.status_code == 200
    assert FormSubmission.objects.count() == 1


def test_post_without_csrf_token_is_refused_and_stores_nothing(contact):
    response = Client(enforce_csrf_checks=True).post("/contact/", VALID)

    assert response.status_code == 403
    assert FormSubmission.objects.count() == 0
    assert mail.outbox == []
    # The visitor gets an explanation in the site's own style, not Django's default page.
    html = response.content.decode()
    assert "Formulier verlopen" in html
    assert "site.css" in html


def test_filled_in_honeypot_pretends_success_but_stores_and_sends_nothing(client, contact):
    response = client.post("/contact/", {**VALID, "website": "https://spam.example"})

    assert response.status_code == 200
    assert "Bedankt voor uw vraag." in response.content.decode()
    assert FormSubmission.objects.count() == 0
    assert mail.outbox == []


def test_honeypot_is_hidden_from_people(client, contact):
    html = client.get("/contact/").content.decode()

    assert 'class="honeypot" aria-hidden="true"' in html
    assert 'tabindex="-1"' in html


@pytest.mark.parametrize(
    "data, field",
    [
        ({**VALID, "naam": ""}, "naam"),
        ({"e_mailadres": "anna@example.org", "vraag": "Hallo"}, "naam"),
        ({**VALID, "e_mailadres": "geen-e-mailadres"}, "e_mailadres"),
        ({**VALID, "e_mailadres": ["a@example.org", "b@example.org"], "vraag": ""}, "vraag"),
        ({**VALID, "naam": "x" * 256}, "naam"),
        ({**VALID, "vraag": "lang " * 2000}, "vraag"),
        ({}, "naam"),
    ],
)
def test_invalid_post_is_400_with_messages_and_saves_nothing(client, contact, data, field):
    response = client.post("/contact/", data)

    assert response.status_code == 400
    html = response.content.decode()
    assert "Er ging iets mis. Verbeter de volgende punten:" in html
    assert f'href="#id_{field}"' in html
    assert "<title>Fout:" in html
    assert FormSubmission.objects.count() == 0
    assert mail.outbox == []


def test_invalid_post_keeps_what_was_typed(client, contact):
    response = client.post("/contact/", {**VALID, "e_mailadres": "anna-at-example"})

    html = response.content.decode()
    assert 'value="Anna de Boer"' in html
    assert "Ik wil graag maatje worden." in html


def test_post_that_is_not_a_form_is_a_400_not_a_500(client, contact):
    json_post = client.post("/contact/", data='{"naam": "x"}', content_type="application/json")
    garbage = client.post(
        "/contact/", data=b"\xff\xfe\x00naam=%%%", content_type="application/x-www-form-urlencoded"
    )

    assert json_post.status_code == 400
    assert garbage.status_code == 400
    assert FormSubmission.objects.count() == 0


# Submissions in the admin ---------------------------------------------------------------------


def submissions_url(page):
    return reverse("wagtailforms:list_submissions", args=[page.pk])


def test_staff_can_export_submissions_as_csv(client, contact):
    client.post("/contact/", VALID)
    client.post("/contact/", {**VALID, "naam": "Bram", "vraag": "Wanneer is het spreekuur?"})
    client.force_login(f.hoofdredacteur())

    listing = client.get(submissions_url(contact))
    export = client.get(submissions_url(contact), {"export": "csv"})

    assert listing.status_code == 200
    assert "Anna de Boer" in listing.content.decode()
    assert export.status_code == 200
    assert export["Content-Type"].startswith("text/csv")
    assert "attachment" in export["Content-Disposition"]
    content = b"".join(export.streaming_content) if export.streaming else export.content
    # The site's one dialect (cms.spreadsheets), which Dutch Excel opens as columns.
    assert content.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig")), delimiter=";"))
    header, *data = rows
    assert "Naam" in header and "Vraag" in header
    names = {row[header.index("Naam")] for row in data}
    assert names == {"Anna de Boer", "Bram"}


def test_staff_can_export_submissions_as_xlsx_with_a_frozen_header(client, contact):
    from openpyxl import load_workbook

    client.post("/contact/", VALID)
    client.force_login(f.hoofdredacteur())

    export = client.get(submissions_url(contact), {"export": "xlsx"})

    assert export.status_code == 200
    content = b"".join(export.streaming_content) if export.streaming else export.content
    sheet = load_workbook(io.BytesIO(content)).active
    assert sheet.title == "Inzendingen"
    assert sheet.freeze_panes == "A2"
    header = [cell.value for cell in sheet[1]]
    assert "Naam" in header
    assert sheet.cell(row=2, column=header.index("Naam") + 1).value == "Anna de Boer"


def test_anonymous_visitors_cannot_see_submissions(client, contact):
    client.post("/contact/", VALID)

    for url in (
        submissions_url(contact),
        submissions_url(contact) + "?export=csv",
        reverse("wagtailforms:index"),
    ):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("wagtailadmin_login"))
        assert b"Anna de Boer" not in response.content


def test_users_without_admin_access_cannot_see_submissions(client, contact):
    client.post("/contact/", VALID)
    client.force_login(f.user())

    response = client.get(submissions_url(contact), {"export": "csv"})

    assert response.status_code in (302, 403)
    assert b"Anna de Boer" not in response.content


def test_editors_without_the_permission_cannot_read_submissions(client, contact):
    """Submissions hold personal data (invariant 5): editing the form page is not enough."""
    client.post("/contact/", VALID)
    client.force_login(f.redacteur())

    listing = client.get(submissions_url(contact))
    export = client.get(submissions_url(contact), {"export": "csv"})
    overview = client.get(reverse("wagtailforms:index"))

    assert listing.status_code in (302, 403, 404)
    assert export.status_code in (302, 403, 404)
    assert b"Anna de Boer" not in listing.content + export.content
    assert submissions_url(contact) not in overview.content.decode()


def test_the_permission_is_what_lets_staff_read_submissions(client, contact):
    from django.contrib.auth.models import Permission

    client.post("/contact/", VALID)
    editor = f.redacteur()
    editor.user_permissions.add(Permission.objects.get(codename="view_contact_submissions"))
    client.force_login(editor)

    response = client.get(submissions_url(contact))

    assert response.status_code == 200
    assert "Anna de Boer" in response.content.decode()
