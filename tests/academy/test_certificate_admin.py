"""The certificates pages in the admin: who sees and does what, afronden, downloads, ZIP."""

import io
import zipfile

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from academy.models import Certificate, CertificateRun, EditionStatus
from academy.services import certificates as services
from tests import factories as f

from . import certificate_builders as b
from .conftest import course, edition

pytestmark = pytest.mark.django_db


def url(name, *args):
    return reverse(f"academy_editions:{name}", args=args)


def refused(response):
    """Wagtail answers a PermissionDenied in the admin with a redirect to the dashboard."""
    if response.status_code == 302:
        return response["Location"] == reverse("wagtailadmin_home")
    return response.status_code in (403, 404)


def body(response):
    return response.content.decode()


def read(response):
    return b"".join(response.streaming_content)


@pytest.fixture
def finished(academy):
    """A finished edition: Fatima came twice, Piet once."""
    ed = b.finished_edition(b.accredited_course(title="Omgaan met dementie"), sessions=2)
    fatima = b.attend(b.professional(ed))
    piet = b.confirmed(ed, b.participant_named("Piet", "Pietersen"))
    b.attend(piet, ed.sessions.all()[:1])
    return ed, fatima, piet


@pytest.fixture
def staff(client):
    user = f.user(groups=["Academie"])
    client.force_login(user)
    return user


def test_staff_see_completion_and_certificates(client, staff, finished):
    ed, fatima, piet = finished
    certificate = services.issue_certificate(fatima)
    response = client.get(url("certificates", ed.pk))
    assert response.status_code == 200
    page = body(response)
    assert "Fatima El Amrani" in page and "Piet Pietersen" in page
    assert certificate.display_code in page
    assert "Aanwezig bij 1 van de 2 nodige bijeenkomsten." in page
    assert url("revoke_certificate", ed.pk, certificate.pk) in page
    assert url("complete_edition", ed.pk) in page
    # Piet did not complete: no button to issue his certificate.
    assert url("issue_certificate", ed.pk, piet.pk) not in page


def test_edition_overview_links_to_the_certificates(client, staff, finished):
    ed = finished[0]
    assert url("certificates", ed.pk) in body(client.get(url("registrations", ed.pk)))


def test_issue_on_demand_for_one_person(client, staff, finished):
    ed, fatima, _piet = finished
    response = client.post(url("issue_certificate", ed.pk, fatima.pk))
    assert response.status_code == 302
    certificate = Certificate.objects.get(registration=fatima)
    assert certificate.issued_by == staff


def test_issue_for_someone_who_did_not_complete_is_refused_with_a_reason(client, staff, finished):
    ed, _fatima, piet = finished
    response = client.post(url("issue_certificate", ed.pk, piet.pk))
    assert response.status_code == 409
    assert "1 van de 2" in body(response)
    assert not Certificate.objects.exists()


def test_registration_of_another_edition_answers_404(client, staff, finished):
    ed = finished[0]
    other = b.finished_edition(sessions=1)
    stranger = b.attend(b.confirmed(other))
    assert client.post(url("issue_certificate", ed.pk, stranger.pk)).status_code == 404
    certificate = services.issue_certificate(stranger)
    assert client.get(url("certificate_download", ed.pk, certificate.pk)).status_code == 404
    assert client.get(url("revoke_certificate", ed.pk, certificate.pk)).status_code == 404


def test_download_streams_the_stored_file(client, staff, finished):
    ed, fatima, _piet = finished
    certificate = services.issue_certificate(fatima)
    with certificate.file.open("rb") as stored:
        expected = stored.read()
    response = client.get(url("certificate_download", ed.pk, certificate.pk))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment")
    assert certificate.code in response["Content-Disposition"]
    assert {"private", "no-store"} <= set(response["Cache-Control"].replace(" ", "").split(","))
    assert response["ETag"] == f'"{certificate.sha256}"'
    assert read(response) == expected
    # Twice: the same bytes, nothing rendered again.
    again = client.get(url("certificate_download", ed.pk, certificate.pk))
    assert read(again) == expected


def test_zip_holds_every_valid_certificate(client, staff, academy):
    ed = b.finished_edition(sessions=1)
    people = [b.attend(b.confirmed(ed)) for _ in range(3)]
    certificates = [services.issue_certificate(r) for r in people]
    services.revoke_certificate(certificates[2], by=staff, reason="Dubbel")
    response = client.get(url("certificates_zip", ed.pk))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert {"private", "no-store"} <= set(response["Cache-Control"].replace(" ", "").split(","))
    archive = zipfile.ZipFile(io.BytesIO(read(response)))
    names = archive.namelist()
    assert len(names) == 2
    for certificate in certificates[:2]:
        (name,) = [n for n in names if certificate.code in n]
        with certificate.file.open("rb") as stored:
            assert archive.read(name) == stored.read()
    assert not [n for n in names if certificates[2].code in n]


def test_revoke_needs_a_reason(client, staff, finished):
    ed, fatima, _piet = finished
    certificate = services.issue_certificate(fatima)
    response = client.post(url("revoke_certificate", ed.pk, certificate.pk), {"reason": ""})
    assert response.status_code == 400
    assert "Vul een reden in." in body(response)
    certificate.refresh_from_db()
    assert not certificate.is_revoked
    response = client.post(
        url("revoke_certificate", ed.pk, certificate.pk), {"reason": "Verkeerde persoon"}
    )
    assert response.status_code == 302
    certificate.refresh_from_db()
    assert certificate.is_revoked and certificate.revoke_reason == "Verkeerde persoon"


def test_reissue_from_the_admin(client, staff, finished):
    ed, fatima, _piet = finished
    old = services.issue_certificate(fatima)
    response = client.post(
        url("reissue_certificate", ed.pk, old.pk), {"reason": "Naam verkeerd gespeld"}
    )
    assert response.status_code == 302
    new = Certificate.objects.valid().get(registration=fatima)
    assert new.replaces_id == old.pk and new.code != old.code


def test_afronden_shows_a_confirmation_then_issues(
    client, staff, finished, django_capture_on_commit_callbacks
):
    ed, fatima, piet = finished
    page = client.get(url("complete_edition", ed.pk))
    assert page.status_code == 200
    assert "2 personen zijn aangemeld" in body(page)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url("complete_edition", ed.pk))
    assert response.status_code == 302
    ed.refresh_from_db()
    assert ed.status == EditionStatus.COMPLETED
    assert Certificate.objects.filter(registration=fatima).exists()
    assert not Certificate.objects.filter(registration=piet).exists()
    run = CertificateRun.objects.get(edition=ed)
    assert run.status == CertificateRun.Status.DONE
    progress = body(client.get(url("certificates", ed.pk)))
    assert "2 van 2 verwerkt (100%)" in progress
    assert 'http-equiv="refresh"' not in progress


def test_afronden_before_the_end_is_refused(client, staff, academy):
    upcoming = edition(starts_in_days=3)
    b.confirmed(upcoming)
    response = client.post(url("complete_edition", upcoming.pk))
    assert response.status_code == 409
    assert "nog niet afgelopen" in body(response)
    upcoming.refresh_from_db()
    assert upcoming.status == EditionStatus.OPEN
    assert not CertificateRun.objects.exists()


def test_page_refreshes_itself_while_a_run_is_busy(client, staff, finished):
    ed = finished[0]
    services.start_certificate_run(ed, by=staff, enqueue=False)
    page = body(client.get(url("certificates", ed.pk)))
    assert '<meta http-equiv="refresh" content="3">' in page
    assert "<script" not in page.split("<main", 1)[-1].split("</main>", 1)[0]


def test_assessment_toggle(client, staff, academy):
    ed = b.finished_edition(course(completion_requires_assessment=True), sessions=1)
    registration = b.attend(b.confirmed(ed))
    assert "Nog niet bekend" in body(client.get(url("certificates", ed.pk)))
    response = client.post(url("assessment", ed.pk, registration.pk), {"toets": "ja"})
    assert response.status_code == 302
    registration.refresh_from_db()
    assert registration.assessment_passed is True
    bad = client.post(url("assessment", ed.pk, registration.pk), {"toets": "misschien"})
    assert bad.status_code == 400
    registration.refresh_from_db()
    assert registration.assessment_passed is True


# Permissions --------------------------------------------------------------------------------


@pytest.fixture
def trainer(client, finished):
    """A trainer of the finished edition (Trainers group: may see, not issue or revoke)."""
    ed = finished[0]
    account = f.user(groups=["Trainers"])
    person = f.person(first_name="Tineke", last_name="Trainer", is_trainer=True, user=account)
    ed.trainers.add(person)
    ed.save()
    client.force_login(account)
    return account


def test_trainer_sees_own_edition_but_may_not_issue_or_revoke(client, trainer, finished):
    ed, fatima, _piet = finished
    certificate = services.issue_certificate(fatima)
    page = client.get(url("certificates", ed.pk))
    assert page.status_code == 200
    assert url("revoke_certificate", ed.pk, certificate.pk) not in body(page)
    assert client.get(url("certificate_download", ed.pk, certificate.pk)).status_code == 200
    assert refused(client.post(url("revoke_certificate", ed.pk, certificate.pk), {"reason": "x"}))
    assert refused(client.post(url("complete_edition", ed.pk)))
    assert refused(client.post(url("reissue_certificate", ed.pk, certificate.pk), {"reason": "x"}))
    certificate.refresh_from_db()
    assert not certificate.is_revoked
    ed.refresh_from_db()
    assert ed.status != EditionStatus.COMPLETED


def test_trainer_of_another_edition_gets_404(client, trainer, academy):
    other = b.finished_edition(sessions=1)
    stranger = b.attend(b.confirmed(other))
    certificate = services.issue_certificate(stranger)
    for path in (
        url("certificates", other.pk),
        url("certificate_download", other.pk, certificate.pk),
        url("certificates_zip", other.pk),
    ):
        assert client.get(path).status_code == 404, path
    listing = client.get(reverse("academy_certificates:index"))
    assert listing.status_code == 200
    assert certificate.participant_name not in body(listing)


def test_user_without_certificate_permission_is_refused(client, finished):
    ed, fatima, _piet = finished
    certificate = services.issue_certificate(fatima)
    account = f.user(groups=["Academie"])
    account.groups.clear()
    account.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_edition"),
    )
    client.force_login(account)
    for path in (
        url("certificates", ed.pk),
        url("certificate_download", ed.pk, certificate.pk),
        url("certificates_zip", ed.pk),
        reverse("academy_certificates:index"),
    ):
        response = client.get(path)
        assert refused(response), path
        assert certificate.code not in body(response)
    assert refused(client.post(url("issue_certificate", ed.pk, fatima.pk)))


# The listing ------------------------------------------------------------------------------


def test_listing_searches_by_name_and_printed_code(client, staff, finished):
    _ed, fatima, _piet = finished
    certificate = services.issue_certificate(fatima)
    index = reverse("academy_certificates:index")
    assert "Fatima El Amrani" in body(client.get(index))
    by_code = client.get(index, {"q": certificate.display_code.lower()})
    assert "Fatima El Amrani" in body(by_code)
    assert "Fatima El Amrani" not in body(client.get(index, {"q": "ZZZZ-ZZZZ"}))
    assert "Fatima El Amrani" in body(client.get(index, {"q": "Amrani"}))


def test_listing_filters_on_kind_and_revoked(client, staff, finished):
    _ed, fatima, _piet = finished
    certificate = services.issue_certificate(fatima)
    index = reverse("academy_certificates:index")
    assert "Fatima El Amrani" in body(client.get(index, {"kind": "accreditatie"}))
    assert "Fatima El Amrani" not in body(client.get(index, {"kind": "deelname"}))
    assert "Fatima El Amrani" not in body(client.get(index, {"revoked": "ja"}))
    services.revoke_certificate(certificate, by=staff, reason="Test")
    assert "Fatima El Amrani" in body(client.get(index, {"revoked": "ja"}))
    assert "Fatima El Amrani" not in body(client.get(index, {"revoked": "nee"}))
