"""Media in S3-compatible object storage (django-storages), against moto's S3 on 127.0.0.1.

Public media (images, renditions) get plain public URLs; certificates and invoices go to
the private storage, are refused to anonymous requests on the bucket and reach their owner
only through the site's own download views, byte for byte."""

import hashlib
import io
import urllib.error
import urllib.request

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.files.storage import default_storage, storages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PILImage

from cms.settings.storage import FILE_BACKEND, S3_BACKEND, media_storages
from tests import factories as f
from tests.conftest import missing_tool

ALL_USERS = "http://acs.amazonaws.com/groups/global/AllUsers"


# Settings from the environment ----------------------------------------------------------------


def test_without_a_bucket_media_stays_on_the_local_disk(tmp_path):
    found = media_storages({}, private_root=tmp_path)
    assert found["default"] == {"BACKEND": FILE_BACKEND}
    assert found["private"]["OPTIONS"] == {"location": tmp_path, "base_url": None}


def test_with_a_bucket_public_media_is_unsigned_and_private_files_are_signed(tmp_path):
    env = {
        "AWS_STORAGE_BUCKET_NAME": "vmca-media",
        "AWS_S3_ENDPOINT_URL": "https://s3.nl-ams.scw.cloud",
        "AWS_S3_CUSTOM_DOMAIN": "media.vmca.example",
    }
    found = media_storages(env, private_root=tmp_path)
    public, private = found["default"]["OPTIONS"], found["private"]["OPTIONS"]
    assert found["default"]["BACKEND"] == found["private"]["BACKEND"] == S3_BACKEND
    assert public["querystring_auth"] is False and public["default_acl"] == "public-read"
    assert public["custom_domain"] == "media.vmca.example"
    assert private["bucket_name"] == "vmca-media" and private["location"] == "private"
    assert private["default_acl"] == "private" and private["querystring_auth"] is True
    assert private["custom_domain"] is None
    assert public["file_overwrite"] is private["file_overwrite"] is False
    assert "access_key" not in public and "secret_key" not in private


def test_a_separate_private_bucket_and_a_bucket_policy_instead_of_acls(tmp_path):
    env = {
        "AWS_STORAGE_BUCKET_NAME": "vmca-media",
        "AWS_PRIVATE_STORAGE_BUCKET_NAME": "vmca-private",
        "AWS_DEFAULT_ACL": "",
    }
    found = media_storages(env, private_root=tmp_path)
    assert found["default"]["OPTIONS"]["default_acl"] is None
    assert found["private"]["OPTIONS"]["bucket_name"] == "vmca-private"
    assert found["private"]["OPTIONS"]["location"] == ""


def test_private_files_may_not_share_the_public_prefix(tmp_path):
    env = {"AWS_STORAGE_BUCKET_NAME": "vmca", "AWS_S3_PRIVATE_PREFIX": "media"}
    with pytest.raises(ImproperlyConfigured):
        media_storages(env, private_root=tmp_path)


# Against moto's S3 ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def fake_s3():
    try:
        from tests.fakes.s3 import FakeS3
    except ImportError:
        missing_tool("moto[server] is not installed")
    server = FakeS3().start()
    yield server
    server.stop()


@pytest.fixture
def s3(fake_s3, settings, monkeypatch, tmp_path):
    """STORAGES as the production settings build them for a bucket on the fake S3."""
    from academy.models import Certificate, Invoice
    from tests.fakes.s3 import KEYS

    for name, value in {**KEYS, "AWS_EC2_METADATA_DISABLED": "true"}.items():
        monkeypatch.setenv(name, value)
    bucket = fake_s3.new_bucket()
    settings.STORAGES = {
        **settings.STORAGES,
        **media_storages(fake_s3.environment(bucket), private_root=tmp_path),
    }
    # FileFields with storage=private_storage resolved it when the models were imported.
    for model in (Certificate, Invoice):
        monkeypatch.setattr(model._meta.get_field("file"), "storage", storages["private"])
    fake_s3.bucket = bucket
    return fake_s3


@pytest.fixture
def academy(db):
    from tests.academy.conftest import catalogue

    return catalogue()


def anonymous_get(url):
    """(status, body) of a GET without credentials, as any browser would do it."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - 127.0.0.1 only
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, b""


def object_bytes(s3, key):
    return s3.client().get_object(Bucket=s3.bucket, Key=key)["Body"].read()


def is_public(s3, key):
    grants = s3.client().get_object_acl(Bucket=s3.bucket, Key=key)["Grants"]
    return any(grant["Grantee"].get("URI") == ALL_USERS for grant in grants)


def png_bytes(size=(640, 400)):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, (200, 40, 60)).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.mark.django_db
def test_an_image_uploaded_in_the_admin_is_shown_on_a_page_from_object_storage(client, s3):
    from wagtail.images import get_image_model
    from wagtail.models import Collection

    client.force_login(f.superuser())
    response = client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Buurtfeest",
            "file": SimpleUploadedFile("buurtfeest.png", png_bytes(), content_type="image/png"),
            "collection": Collection.get_first_root_node().pk,
        },
    )
    assert response.status_code == 302
    image = get_image_model().objects.get(title="Buurtfeest")
    assert image.file.name.startswith("original_images/")
    assert object_bytes(s3, f"media/{image.file.name}") == png_bytes()
    client.logout()

    item = f.news_item(f.news_index(), title="Buurtfeest in Haven", slug="buurtfeest")
    f.fully_classified(item, image=image)
    page = client.get("/nieuws/buurtfeest/")
    assert page.status_code == 200

    renditions = image.renditions.all()
    assert renditions, "the page made no rendition"
    rendition = renditions[0]
    url = rendition.url
    assert url.startswith(f"{s3.endpoint}/{s3.bucket}/media/images/")
    assert "Signature" not in url and "X-Amz" not in url  # plain URLs, fit for cached pages
    assert url in page.content.decode()
    status, body = anonymous_get(url)
    assert status == 200
    assert PILImage.open(io.BytesIO(body)).size == (rendition.width, rendition.height)
    assert is_public(s3, f"media/{rendition.file.name}")


@pytest.mark.django_db
def test_a_certificate_is_stored_privately_and_downloaded_through_the_site(client, s3, academy):
    from academy.services.certificates import issue_certificate
    from tests.academy.test_certificate_downloads import (
        accredited_registration,
        downloaded,
        professional_account,
    )

    _user, person = professional_account(client)
    registration = accredited_registration(person, slug="signalen-s3")
    certificate = issue_certificate(registration, notify=False)
    key = f"private/{certificate.file.name}"

    stored = object_bytes(s3, key)
    assert stored.startswith(b"%PDF")
    assert hashlib.sha256(stored).hexdigest() == certificate.sha256
    assert not is_public(s3, key)
    status, _body = anonymous_get(f"{s3.endpoint}/{s3.bucket}/{key}")
    assert status == 403

    for url in (
        reverse("academy:my_certificate", args=[certificate.pk]),
        reverse("academy:certificate_by_token", args=[registration.token]),
    ):
        response = client.get(url)
        assert response.status_code == 200
        body = downloaded(response)
        assert body == stored
        assert hashlib.sha256(body).hexdigest() == certificate.sha256
        assert int(response["Content-Length"]) == len(stored)

    # Anything that asks the private storage for a URL gets a short-lived signed one.
    assert "Signature" in certificate.file.url or "X-Amz-Signature" in certificate.file.url


@pytest.mark.django_db
def test_a_certificate_shows_a_signature_image_kept_in_object_storage(s3, academy, monkeypatch):
    from academy.models import CertificateSettings
    from academy.services.certificates import issue_certificate
    from cms import pdf
    from tests.academy.test_certificate_downloads import (
        accredited_registration,
        professional_account,
    )

    branding = CertificateSettings.load()
    branding.signatory_name = "Mieke Jansen"
    branding.signature = f.make_image("Handtekening", size=(1600, 400))
    branding.save()
    assert default_storage.exists(branding.signature.file.name)

    read = []
    real_stored_media = pdf._stored_media

    def recording(name):
        found = real_stored_media(name)
        read.append((name, found and len(found[1])))
        return found

    monkeypatch.setattr(pdf, "_stored_media", recording)
    _user, person = professional_account()
    certificate = issue_certificate(accredited_registration(person), notify=False)

    rendition = branding.signature.renditions.get()
    assert read == [(rendition.file.name, rendition.file.size)]
    assert object_bytes(s3, f"media/{rendition.file.name}")
    assert b"/Subtype /Image" in object_bytes(s3, f"private/{certificate.file.name}")


@pytest.mark.django_db
def test_an_invoice_is_stored_privately_and_downloaded_by_its_owner(client, s3, academy):
    from academy.invoice_pdf import stored_invoice
    from tests.academy.conftest import user_with_participant
    from tests.academy.test_invoices import invoice_of, invoice_registration, payment_settings

    payment_settings()
    user, person = user_with_participant()
    invoice = stored_invoice(invoice_of(invoice_registration(person)))
    key = f"private/{invoice.file.name}"
    stored = object_bytes(s3, key)
    assert not is_public(s3, key)
    assert anonymous_get(f"{s3.endpoint}/{s3.bucket}/{key}")[0] == 403

    client.force_login(user)
    response = client.get(reverse("academy:my_invoice", args=[invoice.pk]))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == stored
    assert hashlib.sha256(stored).hexdigest() == invoice.sha256
