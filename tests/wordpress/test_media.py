"""WordPress attachments to Wagtail images and documents (cms.wordpress.media).

The builder's export is read back with the WXR reader; its uploads are written into
tmp_path, and MEDIA_ROOT points into tmp_path too, so nothing lands in the project."""

import dataclasses
import hashlib
from pathlib import Path
from types import MappingProxyType

import pytest
from django.core.files.storage import default_storage
from django.db import DatabaseError
from taggit.models import Tag
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from cms.wordpress import media, wxr
from cms.wordpress.html_blocks import Resolver, convert
from tests.wordpress import export_builder as builder

pytestmark = pytest.mark.django_db

Image = get_image_model()
Document = get_document_model()
SITE = builder.SITE_URL
UPLOADS = f"{SITE}/wp-content/uploads"


@pytest.fixture(scope="module")
def export(tmp_path_factory):
    return builder.build_export(tmp_path_factory.mktemp("wxr") / "export.xml", posts=12)


@pytest.fixture(scope="module")
def attachments(export):
    """The attachment items as the reader gives them, by file name."""
    items = [item for item in wxr.read(export.path).items() if item.kind == "attachment"]
    return {Path(media.upload_path(item)).name: item for item in items}


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return Path(settings.MEDIA_ROOT)


@pytest.fixture
def uploads(export, tmp_path):
    folder = tmp_path / "uploads"
    builder.write_uploads(export, folder)
    return folder


def import_all(attachments, uploads, **options):
    return {
        name: media.import_attachment(item, media_dir=uploads, **options)
        for name, item in attachments.items()
    }


def stored_files(media_root):
    return sorted(str(p.relative_to(media_root)) for p in media_root.rglob("*") if p.is_file())


def with_meta(item, **meta):
    return dataclasses.replace(item, postmeta=MappingProxyType({**item.postmeta, **meta}))


def test_images_and_pdf_become_images_and_a_document(attachments, uploads, media_root):
    results = import_all(attachments, uploads)

    assert {name: r.status for name, r in results.items()} == {
        "koffieochtend.jpg": media.CREATED,
        "wandelmaatjes.jpg": media.CREATED,
        "training-gesprek.jpg": media.CREATED,
        "team-vmca.jpg": media.CREATED,
        "mantelzorgcafe.jpg": media.CREATED,
        "jaarverslag-2024.pdf": media.CREATED,
        "koffieochtend-2.jpg": media.DUPLICATE,
    }
    assert all(r.problem == "" for r in results.values())
    assert Image.objects.count() == 5
    assert Document.objects.count() == 1

    coffee = Image.objects.get(pk=results["koffieochtend.jpg"].pk)
    assert coffee.title == "koffieochtend"
    assert coffee.description == "Vrijwilligers schenken koffie in buurthuis De Schakel"
    assert (coffee.width, coffee.height) == (1200, 800)
    original = uploads / "2023/01/koffieochtend.jpg"
    assert coffee.file_hash == hashlib.sha1(original.read_bytes()).hexdigest()  # noqa: S324
    assert coffee.file_size == original.stat().st_size
    assert default_storage.exists(coffee.file.name)
    assert (media_root / coffee.file.name).read_bytes() == original.read_bytes()
    assert results["koffieochtend.jpg"].caption == "Koffieochtend in De Schakel"

    # The image without alt text in WordPress has an empty description, not its title.
    training = Image.objects.get(pk=results["training-gesprek.jpg"].pk)
    assert (training.title, training.description) == ("training-gesprek", "")
    assert (training.width, training.height) == (1024, 683)

    report = Document.objects.get()
    assert report.pk == results["jaarverslag-2024.pdf"].pk
    assert report.title == "Jaarverslag 2024"
    assert default_storage.open(report.file.name).read().startswith(b"%PDF-1.4")
    assert list(report.tags.names()) == [f"wordpress-{attachments['jaarverslag-2024.pdf'].post_id}"]


def test_the_same_bytes_twice_become_one_image(attachments, uploads, media_root):
    results = import_all(attachments, uploads)

    first, second = results["koffieochtend.jpg"], results["koffieochtend-2.jpg"]
    assert second.status == media.DUPLICATE
    assert (second.kind, second.pk) == (media.IMAGE, first.pk)
    assert second.file_hash == first.file_hash
    image = Image.objects.get(pk=first.pk)
    assert sorted(image.tags.names()) == sorted(
        media.wordpress_tag(attachments[name].post_id)
        for name in ("koffieochtend.jpg", "koffieochtend-2.jpg")
    )
    # One original file in storage per image (the duplicate wrote none).
    assert len([p for p in stored_files(media_root) if p.startswith("original_images/")]) == 5


def test_a_second_run_finds_everything_and_makes_nothing(attachments, uploads, media_root):
    first = import_all(attachments, uploads)
    files = stored_files(media_root)

    second = import_all(attachments, uploads)

    assert {name: r.status for name, r in second.items()} == {
        name: media.FOUND for name in attachments
    }
    assert {name: r.pk for name, r in second.items()} == {name: r.pk for name, r in first.items()}
    assert (Image.objects.count(), Document.objects.count()) == (5, 1)
    assert stored_files(media_root) == files


def test_a_second_run_leaves_an_editors_alt_text_and_fills_an_empty_one(
    attachments, uploads, media_root
):
    first = import_all(attachments, uploads)
    coffee = Image.objects.get(pk=first["koffieochtend.jpg"].pk)
    coffee.description = "Door de redactie verbeterd"
    coffee.save()
    training = attachments["training-gesprek.jpg"]

    import_all(attachments, uploads)
    media.import_attachment(
        with_meta(training, _wp_attachment_image_alt="Een trainer praat met een groep"),
        media_dir=uploads,
    )

    coffee.refresh_from_db()
    assert coffee.description == "Door de redactie verbeterd"
    assert Image.objects.get(pk=first["training-gesprek.jpg"].pk).description == (
        "Een trainer praat met een groep"
    )


def test_a_missing_file_is_reported_and_nothing_is_saved(export, attachments, tmp_path, media_root):
    folder = tmp_path / "uploads"
    builder.write_uploads(export, folder, skip={"wandelmaatjes.jpg"})
    item = attachments["wandelmaatjes.jpg"]

    result = media.import_attachment(item, media_dir=folder)

    assert (result.status, result.pk, result.ok) == (media.MISSING, None, False)
    assert result.problem == (
        "Bestand 2023/02/wandelmaatjes.jpg staat niet in de map met uploads. "
        "De bijlage is niet overgenomen."
    )
    assert Image.objects.count() == 0
    assert not Tag.objects.filter(name=media.wordpress_tag(item.post_id)).exists()
    assert stored_files(media_root) == []

    # The rest of the export goes on.
    others = {n: media.import_attachment(i, media_dir=folder) for n, i in attachments.items()}
    assert others["wandelmaatjes.jpg"].status == media.MISSING
    assert sum(r.status == media.CREATED for r in others.values()) == 5


def test_a_file_that_is_no_image_is_reported_not_imported(attachments, uploads, media_root):
    (uploads / "2023/05/team-vmca.jpg").write_bytes(b"<html><body>404 Not Found</body></html>")
    (uploads / "2025/04/jaarverslag-2024.pdf").write_bytes(b"PK\x03\x04 a zip, not a PDF")
    truncated = (uploads / "2023/01/koffieochtend.jpg").read_bytes()[:200]
    (uploads / "2023/01/koffieochtend.jpg").write_bytes(truncated)

    results = import_all(attachments, uploads)

    assert results["team-vmca.jpg"].status == media.INVALID
    assert results["team-vmca.jpg"].problem == (
        "Bestand 2023/05/team-vmca.jpg is geen afbeelding, al zegt de naam van wel. "
        "Het is niet overgenomen."
    )
    assert results["koffieochtend.jpg"].status == media.INVALID
    assert results["jaarverslag-2024.pdf"].status == media.INVALID
    assert results["jaarverslag-2024.pdf"].problem == (
        "Bestand 2025/04/jaarverslag-2024.pdf is niet wat de naam zegt. "
        "Het is geen goed PDF-bestand. Het is niet overgenomen."
    )
    # The copy with the same (whole) bytes as the broken original is a good image.
    assert results["koffieochtend-2.jpg"].status == media.CREATED
    assert (Image.objects.count(), Document.objects.count()) == (4, 0)
    assert Image.objects.filter(title="team-vmca").count() == 0


def test_unsupported_types_and_unsafe_paths_are_reported(attachments, uploads, media_root):
    item = attachments["koffieochtend.jpg"]
    video = with_meta(item, _wp_attached_file="2023/01/film.mp4")
    escape = with_meta(item, _wp_attached_file="2023/../../../geheim.jpg")
    nothing = dataclasses.replace(item, postmeta=MappingProxyType({}), attachment_url="", guid="")

    results = [media.import_attachment(i, media_dir=uploads) for i in (video, escape, nothing)]

    assert [(r.status, r.problem) for r in results] == [
        (
            media.UNSUPPORTED,
            "Bestand 2023/01/film.mp4 is niet overgenomen. De website neemt geen bestanden "
            "van het type mp4 aan.",
        ),
        (
            media.INVALID,
            "De bestandsnaam 2023/../../../geheim.jpg is niet veilig. "
            "Het bestand is niet overgenomen.",
        ),
        (media.MISSING, "Bij deze bijlage staat geen bestand. Ze is niet overgenomen."),
    ]
    assert Image.objects.count() == 0


def test_the_file_is_found_by_its_url_without_attached_file(attachments, uploads, media_root):
    item = attachments["mantelzorgcafe.jpg"]
    bare = dataclasses.replace(item, postmeta=MappingProxyType({}))

    result = media.import_attachment(bare, media_dir=uploads)

    assert (result.status, result.file) == (media.CREATED, "2024/07/mantelzorgcafe.jpg")
    assert Image.objects.get(pk=result.pk).title == "mantelzorgcafe"


def test_a_failed_save_leaves_no_row_and_no_file(attachments, uploads, media_root, monkeypatch):
    def refuse(self, *tags, **kwargs):
        raise DatabaseError("schijf vol")

    monkeypatch.setattr("taggit.managers._TaggableManager.add", refuse)

    result = media.import_attachment(attachments["wandelmaatjes.jpg"], media_dir=uploads)

    assert result.status == media.FAILED
    assert result.problem == (
        "Bestand 2023/02/wandelmaatjes.jpg kon niet worden opgeslagen: schijf vol"
    )
    assert Image.objects.count() == 0
    assert stored_files(media_root) == []


def test_a_dry_run_creates_nothing(attachments, uploads, media_root, tmp_path, export):
    results = import_all(attachments, uploads, dry_run=True)

    assert {r.status for r in results.values()} == {media.CREATED}
    assert {r.pk for r in results.values()} == {None}
    assert results["jaarverslag-2024.pdf"].kind == media.DOCUMENT
    assert (Image.objects.count(), Document.objects.count(), Tag.objects.count()) == (0, 0, 0)
    assert stored_files(media_root) == []

    # After a real run, a dry run finds what is there and changes nothing.
    real = import_all(attachments, uploads)
    again = import_all(attachments, uploads, dry_run=True)
    assert {n: (r.status, r.pk) for n, r in again.items()} == {
        n: (media.FOUND, r.pk) for n, r in real.items()
    }


def test_the_index_resolves_every_way_a_post_points_at_an_attachment(
    attachments, uploads, media_root
):
    results = import_all(attachments, uploads)
    index = media.MediaIndex(SITE)
    for name, item in attachments.items():
        index.add(item, results[name])
    coffee = results["koffieochtend.jpg"].pk
    pdf = results["jaarverslag-2024.pdf"].pk
    coffee_id = attachments["koffieochtend.jpg"].post_id
    file = "2023/01/koffieochtend.jpg"

    assert len(index) == 7
    assert index.find(coffee_id) == (media.IMAGE, coffee)
    assert index.image(coffee_id) == coffee
    assert index.image(str(coffee_id)) == coffee
    for address in (
        f"{UPLOADS}/{file}",  # the full URL
        f"{UPLOADS}/2023/01/koffieochtend-800x533.jpg",  # a resized copy
        f"{UPLOADS}/2023/01/koffieochtend-300x200.jpg",
        f"{UPLOADS}/2023/01/koffieochtend-scaled.jpg",
        f"http://www.vmca-almere.example/wp-content/uploads/{file}",  # http
        f"https://vmca-almere.example/wp-content/uploads/{file}",  # without www
        f"//www.vmca-almere.example/wp-content/uploads/{file}",
        f"/wp-content/uploads/{file}",  # relative
        f"wp-content/uploads/{file}",
        f"/wp-content/uploads/{file}?ver=2",
        f"{SITE}/?attachment_id={coffee_id}",  # the attachment page
        attachments["koffieochtend.jpg"].link,
    ):
        assert index.image(address) == coffee, address
    # The duplicate upload maps to the same image, by id and by its own address.
    duplicate = attachments["koffieochtend-2.jpg"]
    assert index.image(duplicate.post_id) == coffee
    assert index.image(f"{UPLOADS}/2025/05/koffieochtend-2-800x533.jpg") == coffee

    assert index.find(f"{UPLOADS}/2025/04/jaarverslag-2024.pdf") == (media.DOCUMENT, pdf)
    assert index.link("/wp-content/uploads/2025/04/jaarverslag-2024.pdf") == ("document", pdf)
    assert index.image(f"{UPLOADS}/2025/04/jaarverslag-2024.pdf") is None  # not an image
    assert index.link(f"{UPLOADS}/{file}") == (
        "external",
        Image.objects.get(pk=coffee).file.url,
    )
    assert index.image_alt(coffee) == "Vrijwilligers schenken koffie in buurthuis De Schakel"

    # Other sites, other files and other pages are not attachments.
    assert index.image(f"https://www.andere-site.example/wp-content/uploads/{file}") is None
    assert index.image(f"{UPLOADS}/2023/01/onbekend.jpg") is None
    assert index.image(f"{SITE}/over-ons/") is None
    assert index.image(999) is None
    assert index.link("mailto:info@vmca-almere.example") is None


def test_the_index_leaves_out_what_was_not_imported(export, attachments, tmp_path, media_root):
    folder = tmp_path / "uploads"
    builder.write_uploads(export, folder, skip={"wandelmaatjes.jpg"})
    index = media.MediaIndex(SITE)
    for item in attachments.values():
        index.add(item, media.import_attachment(item, media_dir=folder))

    missing = attachments["wandelmaatjes.jpg"]
    assert len(index) == 6
    assert index.find(missing.post_id) is None
    assert index.find(missing.attachment_url) is None


def test_the_index_answers_the_post_converter(attachments, uploads, media_root):
    results = import_all(attachments, uploads)
    index = media.MediaIndex(SITE)
    for name, item in attachments.items():
        index.add(item, results[name])

    class ImportResolver(Resolver):
        image = staticmethod(index.image)
        link = staticmethod(index.link)
        image_alt = staticmethod(index.image_alt)

    html = (
        f'<img class="size-medium" src="{UPLOADS}/2024/07/mantelzorgcafe-800x533.jpg" alt="">'
        f'\n\nLees het <a href="{UPLOADS}/2025/04/jaarverslag-2024.pdf">jaarverslag</a>.'
    )
    blocks, problems = convert(html, resolver=ImportResolver(), editor="classic")

    cafe = results["mantelzorgcafe.jpg"].pk
    pdf = results["jaarverslag-2024.pdf"].pk
    assert [kind for kind, _ in blocks] == ["image", "paragraph"]
    assert blocks[0][1]["image"] == {
        "image": cafe,
        "decorative": False,
        "alt_text": "Mantelzorgers praten met elkaar aan een lange tafel",
    }
    assert f'<a linktype="document" id="{pdf}">jaarverslag</a>' in blocks[1][1]
    assert problems == []


def test_a_file_over_the_sites_upload_limit_is_reported(attachments, uploads, media_root, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 200 * 1024  # the PDF is well under 1 KB
    pdf = media.import_attachment(attachments["jaarverslag-2024.pdf"], media_dir=uploads)
    assert pdf.status == media.CREATED

    Document.objects.all().delete()
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 100
    result = media.import_attachment(attachments["jaarverslag-2024.pdf"], media_dir=uploads)

    assert result.status == media.TOO_BIG
    assert result.problem == (
        "Bestand 2025/04/jaarverslag-2024.pdf is te groot (0,0 MB). De grens is 0,0 MB. "
        "Maak het bestand kleiner en voeg het zelf toe."
    )
    assert Document.objects.count() == 0
