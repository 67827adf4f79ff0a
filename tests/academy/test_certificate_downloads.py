"""The owner's certificate downloads (Mijn academie and the e-mail link), the e-mail that
announces a certificate, and the certificates page in Mijn academie.

Downloads serve the stored file, byte for byte, and only to its owner: another person's
id, a wrong token or a revoked certificate is a 404."""

import hashlib
from urllib.parse import parse_qs, urlparse

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import resolve, reverse
from django.utils import timezone

from academy.models import Certificate, OutgoingMail
from academy.services.certificates import issue_certificate, reissue_certificate, revoke_certificate
from tests import factories as f

from .certificate_builders import accredited_course, attend, confirmed, finished_edition
from .conftest import course, edition, participant, user_with_participant

pytestmark = pytest.mark.django_db


def professional_account(client=None):
    user, person = user_with_participant(participant_type="professional")
    person.first_name, person.last_name = "Fatima", "El Amrani"
    person.save()
    if client is not None:
        client.force_login(user)
    return user, person


def accredited_registration(person, title="Signalen van mishandeling herkennen", slug=None):
    from .certificate_builders import register

    slug = slug or f"signalen-herkennen-{person.pk}"
    course_page = accredited_course(title=title, slug=slug, points="4.0")
    ed = finished_edition(course_page, sessions=2)
    return attend(
        confirmed(
            ed,
            person,
            wants_accreditation=True,
            register=register("Registerplein"),
            register_number="46101234",
        )
    )


@pytest.fixture
def owner(client, academy):
    """A signed-in professional with an issued accreditation certificate."""
    user, person = professional_account(client)
    registration = accredited_registration(person, slug="signalen-herkennen")
    certificate = issue_certificate(registration, notify=False)
    return user, person, certificate


def stored_bytes(certificate):
    with certificate.file.open("rb") as handle:
        return handle.read()


def downloaded(response):
    return b"".join(response.streaming_content)


# Download by the owner (signed in) ----------------------------------------------------------


def test_owner_downloads_the_stored_file_byte_for_byte(client, owner):
    _user, _person, certificate = owner
    url = reverse("academy:my_certificate", args=[certificate.pk])

    response = client.get(url)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == (
        f'attachment; filename="certificaat-signalen-herkennen-{certificate.display_code}.pdf"'
    )
    assert response["Cache-Control"] == "private, no-store"
    assert response["ETag"] == f'"{certificate.sha256}"'
    body = downloaded(response)
    assert body.startswith(b"%PDF")
    assert body == stored_bytes(certificate)
    assert hashlib.sha256(body).hexdigest() == certificate.sha256
    assert int(response["Content-Length"]) == certificate.size == len(body)


def test_second_download_is_the_same_file_and_nothing_is_rendered_again(client, owner, monkeypatch):
    from academy import certificate_pdf

    _user, _person, certificate = owner
    url = reverse("academy:my_certificate", args=[certificate.pk])
    first = downloaded(client.get(url))

    def no_rendering(*args, **kwargs):
        raise AssertionError("a download must serve the stored file, not render a new one")

    monkeypatch.setattr(certificate_pdf, "render_certificate", no_rendering)
    second = client.get(url)

    assert second.status_code == 200
    assert downloaded(second) == first
    certificate.refresh_from_db()
    assert Certificate.objects.filter(registration=certificate.registration).count() == 1


def test_matching_etag_gets_304(client, owner):
    _user, _person, certificate = owner
    url = reverse("academy:my_certificate", args=[certificate.pk])

    response = client.get(url, HTTP_IF_NONE_MATCH=f'"{certificate.sha256}"')

    assert response.status_code == 304
    assert response["Cache-Control"] == "private, no-store"


def test_another_participants_certificate_is_a_404(client, owner):
    _user, _person, certificate = owner
    _other_user, other = professional_account()
    theirs = issue_certificate(
        accredited_registration(other, title="Andermans training"), notify=False
    )

    assert client.get(reverse("academy:my_certificate", args=[theirs.pk])).status_code == 404
    missing = Certificate.objects.order_by("-pk").first().pk + 100
    assert client.get(reverse("academy:my_certificate", args=[missing])).status_code == 404
    # Still fine for their own.
    assert client.get(reverse("academy:my_certificate", args=[certificate.pk])).status_code == 200


def test_download_needs_signing_in(owner):
    from django.test import Client

    _user, _person, certificate = owner
    response = Client().get(reverse("academy:my_certificate", args=[certificate.pk]))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_revoked_certificate_cannot_be_downloaded_by_its_owner(client, owner):
    _user, _person, certificate = owner
    revoke_certificate(certificate, by=f.user(is_staff=True), reason="Verkeerde naam")

    response = client.get(reverse("academy:my_certificate", args=[certificate.pk]))

    assert response.status_code == 404
    assert "ingetrokken" in response.content.decode()
    assert not response.has_header("Content-Disposition")


# Download with the e-mail link (token) -------------------------------------------------------


def token_url(registration_or_token):
    token = getattr(registration_or_token, "token", registration_or_token)
    return reverse("academy:certificate_by_token", args=[token])


def test_token_link_works_without_signing_in(owner):
    from django.test import Client

    _user, _person, certificate = owner
    response = Client().get(token_url(certificate.registration))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Cache-Control"] == "private, no-store"
    assert certificate.display_code in response["Content-Disposition"]
    assert downloaded(response) == stored_bytes(certificate)


@pytest.mark.parametrize("token", ["x", "0" * 43, "a" * 65])
def test_wrong_token_is_a_404(client, owner, token):
    assert client.get(token_url(token)).status_code == 404


def test_token_of_a_registration_without_certificate_is_a_404(client, academy):
    ed = finished_edition(course(title="Nog niet afgerond"), sessions=2)
    registration = confirmed(ed)
    attend(registration, sessions=ed.sessions.all()[:1])  # missed one session

    response = client.get(token_url(registration))

    assert response.status_code == 404
    assert "geen certificaat" in response.content.decode()


def test_token_of_an_anonymised_participant_is_a_404(client, owner):
    _user, person, certificate = owner
    type(person).objects.filter(pk=person.pk).update(anonymised=timezone.now())

    assert client.get(token_url(certificate.registration)).status_code == 404


def test_token_link_serves_the_new_certificate_after_reissue_and_nothing_after_revoke(
    client, owner
):
    _user, _person, certificate = owner
    staff = f.user(is_staff=True)
    new = reissue_certificate(certificate, by=staff, reason="Punten aangepast")

    response = client.get(token_url(certificate.registration))
    assert response.status_code == 200
    assert new.display_code in response["Content-Disposition"]
    assert downloaded(response) == stored_bytes(new)

    revoke_certificate(new, by=staff, reason="Toch niet afgerond")
    revoked = client.get(token_url(certificate.registration))
    assert revoked.status_code == 404
    assert "ingetrokken" in revoked.content.decode()


# The e-mail ----------------------------------------------------------------------------------


def test_issued_certificate_is_mailed_with_a_download_link_and_the_code(
    academy, django_capture_on_commit_callbacks
):
    from django.test import Client

    f.site_settings(phone="036 123 45 67", email="academie@vmca.example")
    _user, person = professional_account()
    registration = accredited_registration(person)

    with django_capture_on_commit_callbacks(execute=True):
        certificate = issue_certificate(registration)

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [person.email]
    assert message.subject == "Uw certificaat voor Signalen van mishandeling herkennen staat klaar"
    assert not message.attachments  # a link, never the PDF itself
    body = message.body
    assert "Beste Fatima," in body
    assert certificate.display_code in body
    links = [word for word in body.split() if word.startswith("http")]
    download = [url for url in links if resolves_to(url) == "academy:certificate_by_token"]
    assert download == [f"http://testserver{token_url(registration)}"]
    check = [url for url in links if resolves_to(url) == "academy:verify_certificate"]
    assert len(check) == 1
    assert parse_qs(urlparse(check[0]).query) == {"code": [certificate.code]}
    html = next(content for content, kind in message.alternatives if kind == "text/html")
    assert f'href="{download[0]}"' in html
    assert certificate.display_code in html
    outgoing = OutgoingMail.objects.get(kind="certificate_issued")
    assert outgoing.status == OutgoingMail.Status.SENT
    assert outgoing.registration_id == registration.pk

    # The link in the mail downloads the stored file, without signing in.
    response = Client().get(urlparse(download[0]).path)
    assert response.status_code == 200
    assert downloaded(response) == stored_bytes(certificate)
    # And the check link says it is valid.
    checked = Client().get(f"{urlparse(check[0]).path}?{urlparse(check[0]).query}")
    assert "Dit certificaat is geldig" in checked.content.decode()


def test_issuing_twice_mails_once(academy, django_capture_on_commit_callbacks):
    registration = attend(confirmed(finished_edition(course(title="Taalmaatje"))))
    with django_capture_on_commit_callbacks(execute=True):
        issue_certificate(registration)
        issue_certificate(registration)

    assert len(mail.outbox) == 1


def resolves_to(url):
    from django.urls import Resolver404

    try:
        return resolve(urlparse(url).path).view_name
    except Resolver404:
        return None


# Mijn academie: the certificates page --------------------------------------------------------


def test_certificates_page_lists_valid_revoked_and_courses_without_certificate(client, owner):
    _user, person, certificate = owner
    staff = f.user(is_staff=True)
    # A second course: certificate issued and then revoked.
    revoked = issue_certificate(
        attend(confirmed(finished_edition(course(title="Buurtbemiddeling")), person)),
        notify=False,
    )
    revoke_certificate(revoked, by=staff, reason="Fout")
    # A third course: one of two sessions missed, so no certificate.
    missed_edition = finished_edition(course(title="Luisteren naar mantelzorgers"), sessions=2)
    attend(confirmed(missed_edition, person), sessions=missed_edition.sessions.all()[:1])
    # A fourth: complete, but staff has not issued the certificates yet.
    attend(confirmed(finished_edition(course(title="Valpreventie thuis")), person))

    response = client.get(reverse("academy:my_certificates"))

    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    html = response.content.decode()
    download = reverse("academy:my_certificate", args=[certificate.pk])
    assert f'href="{download}"' in html
    assert certificate.display_code in html
    assert "Certificaat met accreditatiepunten" in html
    assert "4 punten in Registerplein" in html
    assert "Signalen van mishandeling herkennen" in html
    assert "Buurtbemiddeling" in html and "Ingetrokken" in html
    assert reverse("academy:my_certificate", args=[revoked.pk]) not in html
    assert "Luisteren naar mantelzorgers" in html
    assert "Aanwezig bij 1 van de 2 nodige bijeenkomsten." in html
    assert "Valpreventie thuis" in html
    assert "U krijgt een e-mail als uw certificaat klaar is." in html


def test_certificates_page_shows_nothing_of_other_people(client, owner):
    _other_user, other = professional_account()
    theirs = issue_certificate(
        accredited_registration(other, title="Andermans training"), notify=False
    )

    html = client.get(reverse("academy:my_certificates")).content.decode()

    assert theirs.display_code not in html
    assert "Andermans training" not in html


def test_certificates_page_needs_signing_in(client, academy):
    response = client.get(reverse("academy:my_certificates"))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_mijn_academie_links_to_the_certificates(client, owner):
    html = client.get(reverse("academy:mine")).content.decode()

    assert f'href="{reverse("academy:my_certificates")}"' in html


def _add_past_courses(person, count):
    for number in range(count):
        kind = number % 3
        ed = finished_edition(course(title=f"Training {number}"), sessions=2)
        registration = confirmed(ed, person)
        if kind == 0:
            attend(registration)
            issue_certificate(registration, notify=False)
        elif kind == 1:
            attend(registration, sessions=ed.sessions.all()[:1])
        else:
            attend(registration)


def _queries_for_certificates_page(client):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(reverse("academy:my_certificates")).status_code == 200
    return len(queries)


def test_certificates_page_query_count_does_not_grow_with_the_courses(client, owner):
    _user, person, _certificate = owner
    _queries_for_certificates_page(client)  # the first request sets up the session and site
    _add_past_courses(person, 3)
    few = _queries_for_certificates_page(client)
    _add_past_courses(person, 6)
    many = _queries_for_certificates_page(client)

    assert many == few


def test_future_courses_are_not_listed_as_without_certificate(client, owner):
    _user, person, _certificate = owner
    upcoming = edition(course(title="Nog te geven training"), starts_in_days=10)
    confirmed(upcoming, person)
    participant()  # someone else, to make sure the page is about this person only

    html = client.get(reverse("academy:my_certificates")).content.decode()

    assert "Nog te geven training" not in html


def test_a_session_made_up_in_another_edition_counts_on_the_certificates_page(client, owner):
    _user, person, _certificate = owner
    page = course(title="Mantelzorg en werk", completion_allows_make_up=True)
    first = finished_edition(page, sessions=2)
    second = finished_edition(page, sessions=2)
    # Missed the second evening of the first edition, came to the second evening of the next.
    attend(confirmed(first, person), sessions=first.sessions.order_by("start")[:1])
    attend(confirmed(second, person), sessions=second.sessions.order_by("start")[1:])

    html = client.get(reverse("academy:my_certificates")).content.decode()

    assert html.count("U krijgt een e-mail als uw certificaat klaar is.") == 2
    assert "Aanwezig bij" not in html
