"""'WordPress-import' in the admin (cms.wordpress.admin_views, cms.wordpress.runs).

The upload goes through the test client; the test settings run background tasks at once
(ImmediateBackend), so a POST inside django_capture_on_commit_callbacks(execute=True)
imports before it answers. Tests marked `real_importer` use cms.wordpress.importer with the
builder's export; the others replace the importer (runs._import_export) to reach what the
real one rarely does: an error halfway, a worker that stops, many progress calls."""

import datetime as dt
import io
import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

from cms.background import QUEUED_STALE_AFTER
from cms.models.wordpress import WordPressImport
from cms.wordpress import admin_views, runs
from cms.wordpress.wxr import WXRError
from tests import factories as f
from tests.wordpress import export_builder as builder

pytestmark = pytest.mark.django_db

Status = WordPressImport.Status
INDEX = "/admin/wordpress-import/"


def has_importer():
    try:
        from cms.wordpress.importer import import_export  # noqa: F401
    except ImportError:
        return False
    return True


real_importer = pytest.mark.skipif(
    not has_importer(), reason="cms.wordpress.importer.import_export is not there yet"
)


@pytest.fixture(scope="module")
def export_bytes(tmp_path_factory):
    built = builder.build_export(tmp_path_factory.mktemp("wxr") / "export.xml")
    return Path(built.path).read_bytes()


def upload(content, name="export.xml"):
    return SimpleUploadedFile(name, content, content_type="text/xml")


# A valid start of an export, enough for the quick check (the fake importer never reads on).
HEAD = (
    b'<?xml version="1.0" encoding="UTF-8" ?>\n'
    b'<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/">\n<channel>\n'
    b"<title>VMCA</title>\n</channel>\n</rss>\n"
)


@pytest.fixture
def admin(client):
    user = f.superuser()
    client.force_login(user)
    return user


def body(response):
    return response.content.decode()


def _exports_root():
    return Path(WordPressImport._meta.get_field("export_file").storage.location) / "wordpress"


@pytest.fixture(autouse=True)
def _no_stored_exports():
    """The private storage lives as long as the test process: each test starts without
    exports, so it can see what it stored (or did not)."""
    shutil.rmtree(_exports_root(), ignore_errors=True)


def stored_exports():
    root = _exports_root()
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


class FakeReport:
    def __init__(self, text="Verslag van de import\n2 berichten", stopped_at=None):
        self.text = text
        self.stopped_at = stopped_at
        self.ok = stopped_at is None

    def as_text(self):
        return self.text

    def counts_flat(self):
        return {"berichten": 2}


@pytest.fixture
def fake_importer(monkeypatch):
    """Replace the importer: `calls` holds each call's options; `behaviour(source, options)`
    may be set to do something else (raise, call progress, ...)."""
    state = SimpleNamespace(calls=[], behaviour=None)

    def import_export(source, **options):
        state.calls.append({"source": source, "content": Path(source).read_bytes(), **options})
        if state.behaviour is not None:
            return state.behaviour(source, options)
        progress = options["progress"]
        progress(1, 2, "Bericht: Eén")
        progress(2, 2, "Bericht: Twee")
        return FakeReport()

    monkeypatch.setattr(runs, "_import_export", import_export)
    return state


def post_upload(client, content=HEAD, *, capture=None, **fields):
    data = {"export": upload(content), "category_map": "", **fields}
    if capture is None:
        return client.post(INDEX, data)
    with capture(execute=True):
        return client.post(INDEX, data)


# Who may ---------------------------------------------------------------------------------------


def test_superuser_sees_the_form_and_the_menu_item(client, admin):
    page = client.get(INDEX)
    assert page.status_code == 200
    html = body(page)
    assert 'enctype="multipart/form-data"' in html
    assert "Alleen proberen (er verandert niets)" in html
    assert "Er is nog geen import gedaan." in html
    assert "WordPress-import" in body(client.get(reverse("wagtailadmin_home")))


def test_editor_without_the_permission_gets_403_and_no_menu_item(client, settings):
    editor = f.redacteur()
    client.force_login(editor)
    assert client.get(INDEX).status_code == 403
    response = client.post(INDEX, {"export": upload(HEAD)})
    assert response.status_code == 403
    assert not WordPressImport.objects.exists()
    run = WordPressImport.objects.create(filename="x.xml", report="geheim verslag")
    for path in (
        reverse("wordpress_import_run", args=[run.pk]),
        reverse("wordpress_import_report", args=[run.pk]),
    ):
        response = client.get(path)
        assert response.status_code == 403, path
        assert "geheim verslag" not in body(response)
    assert client.post(reverse("wordpress_import_restart", args=[run.pk])).status_code == 403
    home = body(client.get(reverse("wagtailadmin_home")))
    assert reverse("wordpress_import") not in home


def test_staff_with_the_add_permission_may_import(client):
    account = f.user()
    account.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="add_wordpressimport"),
    )
    client.force_login(account)
    assert client.get(INDEX).status_code == 200
    assert reverse("wordpress_import") in body(client.get(reverse("wagtailadmin_home")))


def test_the_permission_can_be_given_to_a_group(client, admin):
    from wagtail import hooks

    permissions = [
        permission for hook in hooks.get_hooks("register_permissions") for permission in hook()
    ]
    assert any(p.codename == "add_wordpressimport" for p in permissions)


# Bad uploads: a form error, no run, no stored file ------------------------------------------


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"Dit is gewoon tekst.\n", "Dit bestand is geen XML."),
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "Dit bestand is geen XML."),
        (b"<!DOCTYPE html>\n<html><body>Hallo</body></html>", "webpagina (HTML)"),
        (b'<?xml version="1.0"?>\n<catalogus><boek/></catalogus>', "begint met &lt;catalogus&gt;"),
        (
            b'<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Feed</title>'
            b"</channel></rss>",
            "Dit is een RSS-feed, geen WordPress-export.",
        ),
        (
            b'<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY a "aaaa">]>\n<rss/>',
            "&lt;!DOCTYPE&gt;",
        ),
        (b"   \n", "Dit bestand is leeg."),
    ],
    ids=["text", "pdf", "html", "other-xml", "rss-feed", "dtd", "blank"],
)
def test_a_file_that_is_no_wordpress_export_is_refused_before_queuing(
    client, admin, fake_importer, content, message
):
    response = post_upload(client, content)
    assert response.status_code == 400
    assert message in body(response)
    assert not WordPressImport.objects.exists()
    assert not fake_importer.calls
    assert stored_exports() == []


def test_an_empty_file_is_refused(client, admin):
    response = client.post(INDEX, {"export": SimpleUploadedFile("leeg.xml", b"")})
    assert response.status_code == 400
    assert "Dit bestand is leeg." in body(response)
    assert not WordPressImport.objects.exists()


def test_no_file_is_refused(client, admin):
    response = client.post(INDEX, {"category_map": ""})
    assert response.status_code == 400
    assert "Kies het exportbestand." in body(response)


def test_a_file_over_the_limit_is_refused_with_its_size(client, admin, monkeypatch):
    monkeypatch.setattr(runs, "MAX_UPLOAD_BYTES", 100)
    response = post_upload(client, HEAD + b" " * 200)
    assert response.status_code == 400
    html = body(response)
    assert "Het mag hoogstens 100\xa0bytes zijn." in html
    assert not WordPressImport.objects.exists()
    assert stored_exports() == []


def test_a_bad_category_mapping_is_refused_with_the_pair_named(client, admin, fake_importer):
    response = post_upload(client, category_map="verhalen=blog\nmantelzorg")
    assert response.status_code == 400
    assert "Het stuk &quot;mantelzorg&quot; klopt niet." in body(response)
    response = post_upload(client, category_map="verhalen=recepten")
    assert response.status_code == 400
    assert "Na het =-teken mag alleen nieuws of" in body(response)
    assert not WordPressImport.objects.exists()


@pytest.mark.parametrize(
    "head",
    [
        HEAD,
        HEAD.replace(b"1.2", b"1.0"),
        b"\xef\xbb\xbf" + HEAD,  # a byte order mark, as some editors save it
        HEAD.decode().replace("UTF-8", "UTF-16").encode("utf-16"),
        b"<!-- generator -->\n" + HEAD.split(b"\n", 1)[1],  # no XML declaration
    ],
    ids=["wxr-1.2", "wxr-1.0", "bom", "utf-16", "no-declaration"],
)
def test_the_quick_check_accepts_the_start_of_an_export(head):
    assert admin_views.check_head(head) is None


def test_the_quick_check_accepts_the_builders_export(export_bytes):
    assert admin_views.check_head(export_bytes[: admin_views.HEAD_BYTES]) is None


# Starting, one at a time -----------------------------------------------------------------------


def test_an_upload_is_stored_privately_and_imported_in_the_background(
    client, admin, fake_importer, django_capture_on_commit_callbacks
):
    response = post_upload(
        client,
        capture=django_capture_on_commit_callbacks,
        dry_run="on",
        category_map=" verhalen=blog ",
    )
    run = WordPressImport.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("wordpress_import_run", args=[run.pk])
    (call,) = fake_importer.calls
    assert call["content"] == HEAD
    assert call["dry_run"] is True
    assert call["category_map"] == "verhalen=blog"
    assert call["media_dir"] is None
    assert run.status == Status.DONE
    assert run.started_by == admin
    assert run.filename == "export.xml"
    assert (run.processed, run.total, run.current) == (2, 2, "Bericht: Twee")
    assert run.counts == {"berichten": 2}
    assert run.report.startswith("Verslag van de import")
    assert run.started_at and run.finished_at and run.heartbeat
    # Done without problems: the export (private posts, e-mail addresses) is deleted.
    assert run.export_file.name == ""
    assert stored_exports() == []


def test_the_media_folder_comes_from_the_setting(
    client, admin, fake_importer, settings, tmp_path, django_capture_on_commit_callbacks
):
    settings.WORDPRESS_MEDIA_DIR = str(tmp_path)
    assert "De import neemt ze mee." in body(client.get(INDEX))
    post_upload(client, capture=django_capture_on_commit_callbacks)
    assert fake_importer.calls[0]["media_dir"] == tmp_path
    settings.WORDPRESS_MEDIA_DIR = str(tmp_path / "weg")
    assert "bestaat niet op de server" in body(client.get(INDEX))
    settings.WORDPRESS_MEDIA_DIR = ""
    assert "WORDPRESS_MEDIA_DIR" in body(client.get(INDEX))


def test_a_second_start_while_one_is_busy_is_refused(client, admin, fake_importer, now):
    busy = WordPressImport.objects.create(
        filename="eerste.xml", status=Status.RUNNING, heartbeat=now, started_at=now
    )
    page = body(client.get(INDEX))
    assert "Er loopt nu een import: eerste.xml." in page
    response = post_upload(client)
    assert response.status_code == 409
    assert "Er loopt al een WordPress-import (eerste.xml)." in body(response)
    assert list(WordPressImport.objects.all()) == [busy]
    assert stored_exports() == []
    assert not fake_importer.calls


def test_a_queued_run_blocks_a_second_start_too(admin, now):
    WordPressImport.objects.create(filename="wacht.xml")
    with pytest.raises(runs.ImportBusy):
        runs.start_import(upload(HEAD), by=admin, enqueue=False)
    assert WordPressImport.objects.count() == 1
    assert stored_exports() == []


def test_a_run_whose_worker_is_gone_does_not_block_and_is_marked_stopped(admin, now):
    dead = WordPressImport.objects.create(
        filename="oud.xml",
        status=Status.RUNNING,
        heartbeat=now - runs.STALE_AFTER - dt.timedelta(seconds=1),
        processed=40,
        total=100,
    )
    assert runs.is_stale(dead, now)
    assert runs.active_import(now) is None
    new = runs.start_import(upload(HEAD), by=admin, enqueue=False)
    assert new.status == Status.QUEUED
    dead.refresh_from_db()
    assert dead.status == Status.STOPPED
    assert dead.processed == 40  # what was done stays counted
    assert "reageerde niet meer" in dead.last_error


def test_stale_detection(now):
    running = WordPressImport(status=Status.RUNNING, heartbeat=now, created=now)
    assert runs.is_active(running, now) and not runs.is_stale(running, now)
    later = now + runs.STALE_AFTER + dt.timedelta(seconds=1)
    assert runs.is_stale(running, later) and not runs.is_active(running, later)
    queued = WordPressImport(status=Status.QUEUED, created=now)
    assert not runs.is_stale(queued, now + QUEUED_STALE_AFTER - dt.timedelta(seconds=1))
    assert runs.is_stale(queued, now + QUEUED_STALE_AFTER + dt.timedelta(seconds=1))
    for status in (Status.DONE, Status.FAILED, Status.STOPPED):
        finished = WordPressImport(status=status, created=now)
        assert not runs.is_stale(finished, later) and not runs.is_active(finished, later)


def test_a_stale_run_can_be_started_again_from_its_page(
    client, admin, fake_importer, now, django_capture_on_commit_callbacks
):
    run = runs.start_import(upload(HEAD), by=admin, enqueue=False)
    WordPressImport.objects.filter(pk=run.pk).update(
        status=Status.RUNNING, heartbeat=now - runs.STALE_AFTER - dt.timedelta(minutes=1)
    )
    page = body(client.get(reverse("wordpress_import_run", args=[run.pk])))
    assert "De achtergrondtaak reageert niet meer." in page
    assert "Opnieuw starten" in page
    assert 'http-equiv="refresh"' not in page
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("wordpress_import_restart", args=[run.pk]))
    assert response.status_code == 302
    run.refresh_from_db()
    assert run.status == Status.DONE
    assert len(fake_importer.calls) == 1


def test_a_finished_run_cannot_be_restarted(client, admin, fake_importer):
    run = WordPressImport.objects.create(filename="klaar.xml", status=Status.DONE)
    response = client.post(reverse("wordpress_import_restart", args=[run.pk]))
    assert response.status_code == 302
    run.refresh_from_db()
    assert run.status == Status.DONE
    assert not fake_importer.calls


def test_restart_is_post_only(client, admin):
    run = WordPressImport.objects.create(filename="x.xml", status=Status.FAILED)
    assert client.get(reverse("wordpress_import_restart", args=[run.pk])).status_code == 405


def test_a_run_is_claimed_once(admin, fake_importer, now):
    run = runs.start_import(upload(HEAD), by=admin, enqueue=False)
    WordPressImport.objects.filter(pk=run.pk).update(
        status=Status.RUNNING, heartbeat=now, started_at=now
    )
    result = runs.run_import(WordPressImport.objects.get(pk=run.pk))
    assert result.status == Status.RUNNING
    assert not fake_importer.calls  # someone else is busy with it


# What the worker writes ---------------------------------------------------------------------


def test_progress_is_written_at_most_twice_a_second_and_always_at_the_end(admin, now):
    run = WordPressImport.objects.create(filename="x.xml", status=Status.RUNNING)
    ticks = iter([0.0, 0.1, 0.2, 0.6, 0.7, 0.8])
    writer = runs.ProgressWriter(run, clock=lambda: next(ticks))
    seen = []
    for done in range(1, 7):
        writer(done, 6, f"Bericht {done}")
        stored = WordPressImport.objects.get(pk=run.pk)
        seen.append(stored.processed)
    # First call, the first call 0.5 s after the last write, and the last item.
    assert seen == [1, 1, 1, 4, 4, 6]
    assert writer.writes == 3
    stored = WordPressImport.objects.get(pk=run.pk)
    assert (stored.processed, stored.total, stored.current) == (6, 6, "Bericht 6")
    assert stored.heartbeat is not None
    assert stored.percent == 100


def test_a_long_label_is_cut_to_the_field(admin):
    run = WordPressImport.objects.create(filename="x.xml", status=Status.RUNNING)
    runs.ProgressWriter(run)(1, 1, "x" * 400)
    assert len(WordPressImport.objects.get(pk=run.pk).current) == 255


def test_a_file_that_turns_out_broken_fails_with_the_readers_message(
    admin, fake_importer, django_capture_on_commit_callbacks
):
    def broken(source, options):
        raise WXRError("het bestand houdt midden in een bericht op.", line=120)

    fake_importer.behaviour = broken
    with django_capture_on_commit_callbacks(execute=True):
        run = runs.start_import(upload(HEAD), by=admin)
    run.refresh_from_db()
    assert run.status == Status.FAILED
    assert run.last_error == "Regel 120: het bestand houdt midden in een bericht op."
    assert run.report == ""
    assert runs.may_restart(run)  # the export is kept


def test_an_unexpected_error_fails_the_run_keeps_the_progress_and_is_logged(
    client, admin, fake_importer, caplog, django_capture_on_commit_callbacks
):
    def halfway(source, options):
        options["progress"](1, 3, "Bericht: Eén")
        raise RuntimeError("schijf vol")

    fake_importer.behaviour = halfway
    with django_capture_on_commit_callbacks(execute=True):
        run = runs.start_import(upload(HEAD), by=admin)
    run.refresh_from_db()
    assert run.status == Status.FAILED
    assert (run.processed, run.total) == (1, 3)
    assert "RuntimeError: schijf vol" in run.last_error
    assert "Wat al klaar was, blijft bewaard." in run.last_error
    assert "WordPress import" in caplog.text and "stopped" in caplog.text
    page = body(client.get(reverse("wordpress_import_run", args=[run.pk])))
    assert "schijf vol" in page
    assert "Opnieuw starten" in page
    assert "1 van 3 verwerkt (33%)." in page


def test_an_import_that_stopped_partway_is_marked_stopped(
    admin, fake_importer, django_capture_on_commit_callbacks
):
    fake_importer.behaviour = lambda source, options: FakeReport(
        "Gestopt bij bericht 12", stopped_at="bericht 12"
    )
    with django_capture_on_commit_callbacks(execute=True):
        run = runs.start_import(upload(HEAD), by=admin)
    run.refresh_from_db()
    assert run.status == Status.STOPPED
    assert run.report == "Gestopt bij bericht 12"
    assert runs.may_restart(run)


def test_a_missing_export_fails_with_a_clear_message(admin, fake_importer):
    run = runs.start_import(upload(HEAD), by=admin, enqueue=False)
    run.export_file.storage.delete(run.export_file.name)
    run = runs.run_import(run)
    assert run.status == Status.FAILED
    assert "Het exportbestand is niet meer te vinden." in run.last_error


def test_object_storage_is_read_through_a_temporary_copy(admin, fake_importer, monkeypatch):
    run = runs.start_import(upload(HEAD), by=admin, enqueue=False)
    storage = run.export_file.storage

    original, asked = storage.path, []

    def no_path(name):
        # Object storage has no path; its own open() (here the disk's) still needs one.
        if not asked:
            asked.append(name)
            raise NotImplementedError
        return original(name)

    monkeypatch.setattr(storage, "path", no_path)
    run = runs.run_import(WordPressImport.objects.get(pk=run.pk))
    assert run.status == Status.DONE
    assert fake_importer.calls[0]["content"] == HEAD
    assert not Path(fake_importer.calls[0]["source"]).exists()  # the copy is gone


# The run's page and the report --------------------------------------------------------------


def test_the_page_of_a_busy_run_shows_progress_and_refreshes_itself(client, admin, now):
    run = WordPressImport.objects.create(
        filename="export.xml",
        status=Status.RUNNING,
        heartbeat=now,
        started_at=now,
        processed=12,
        total=48,
        current="Bericht: Koffieochtend voor nieuwe vrijwilligers",
    )
    page = body(client.get(reverse("wordpress_import_run", args=[run.pk])))
    assert '<meta http-equiv="refresh" content="3">' in page
    assert '<progress class="wp-import-progress" max="100" value="25"' in page
    assert "12 van 48 verwerkt (25%)." in page
    assert "Nu bezig met: Bericht: Koffieochtend voor nieuwe vrijwilligers" in page
    assert "Opnieuw starten" not in page
    assert "<script" not in page.split("<main", 1)[-1].split("</main>", 1)[0]


def test_the_page_of_a_finished_run_shows_and_offers_the_report(client, admin, now):
    report = "WordPress-import: klaar\n\nNieuws: 20\nBlogs: 8\n<script>alert(1)</script>\n"
    run = WordPressImport.objects.create(
        filename="vmca export.xml",
        status=Status.DONE,
        started_at=now,
        finished_at=now,
        processed=48,
        total=48,
        report=report,
        dry_run=True,
    )
    page = body(client.get(reverse("wordpress_import_run", args=[run.pk])))
    assert 'http-equiv="refresh"' not in page
    assert "48 van 48 verwerkt (100%)." in page
    assert "Alleen proberen: er verandert niets" in page
    assert '<pre class="wp-import-report"' in page
    assert "Nieuws: 20\nBlogs: 8" in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "Opnieuw starten" not in page
    download = client.get(reverse("wordpress_import_report", args=[run.pk]))
    assert download.status_code == 200
    assert download["Content-Type"] == "text/plain; charset=utf-8"
    assert download["Content-Disposition"].startswith(
        'attachment; filename="wordpress-import-vmca-export-'
    )
    assert download["Content-Disposition"].endswith('.txt"')
    assert "no-store" in download["Cache-Control"]
    assert download.content.decode() == report


def test_a_run_without_report_has_no_download(client, admin):
    run = WordPressImport.objects.create(filename="x.xml")
    assert client.get(reverse("wordpress_import_report", args=[run.pk])).status_code == 404
    assert client.get(reverse("wordpress_import_run", args=[run.pk + 1])).status_code == 404


def test_earlier_runs_are_listed_newest_first(client, admin, now):
    WordPressImport.objects.create(filename="eerste.xml", status=Status.DONE, total=3, processed=3)
    WordPressImport.objects.create(
        filename="tweede.xml", status=Status.FAILED, dry_run=True, total=5, processed=1
    )
    html = body(client.get(INDEX))
    assert html.index("tweede.xml") < html.index("eerste.xml")
    assert "1 van 5" in html and "Mislukt" in html and "Alleen proberen" in html


# With the real importer ------------------------------------------------------------------------


@pytest.fixture
def wp_site(settings, tmp_path):
    """The overviews the posts go under; images in a folder of this test's own."""
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return f.news_index(), f.blog_index()


@real_importer
def test_a_real_upload_imports_the_export_and_reports(
    client, admin, wp_site, export_bytes, django_capture_on_commit_callbacks
):
    pages_before = Page.objects.count()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(INDEX, {"export": upload(export_bytes), "category_map": ""})
    assert response.status_code == 302
    run = WordPressImport.objects.get()
    assert run.status == Status.DONE, run.last_error
    assert run.total > 0 and run.processed == run.total
    assert run.report.strip()
    assert run.counts
    assert Page.objects.count() > pages_before
    assert Redirect.objects.exists()
    page = body(client.get(response["Location"]))
    assert f"{run.total} van {run.total} verwerkt (100%)." in page
    assert 'class="wp-import-report"' in page


@real_importer
def test_a_real_dry_run_changes_nothing(
    client, admin, wp_site, export_bytes, django_capture_on_commit_callbacks
):
    pages_before = Page.objects.count()
    redirects_before = Redirect.objects.count()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(INDEX, {"export": upload(export_bytes), "category_map": "", "dry_run": "on"})
    run = WordPressImport.objects.get()
    assert run.status == Status.DONE, run.last_error
    assert run.dry_run and run.report.strip()
    assert Page.objects.count() == pages_before
    assert Redirect.objects.count() == redirects_before


@real_importer
def test_a_real_export_broken_halfway_fails_with_a_dutch_message_and_imports_nothing(
    client, admin, wp_site, export_bytes, django_capture_on_commit_callbacks
):
    pages_before = Page.objects.count()
    broken = export_bytes[: len(export_bytes) // 2]
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(INDEX, {"export": upload(broken), "category_map": ""})
    assert response.status_code == 302  # the start of the file looks fine
    run = WordPressImport.objects.get()
    assert run.status == Status.FAILED
    assert run.last_error.startswith("Regel ")
    assert Page.objects.count() == pages_before


@real_importer
def test_a_site_without_overviews_fails_with_the_importers_message(
    client, admin, export_bytes, caplog, django_capture_on_commit_callbacks
):
    from cms.models import BlogIndexPage, NewsIndexPage

    NewsIndexPage.objects.all().delete()
    BlogIndexPage.objects.all().delete()
    pages_before = Page.objects.count()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(INDEX, {"export": upload(export_bytes), "category_map": ""})
    run = WordPressImport.objects.get()
    assert run.status == Status.FAILED
    assert "Maak die pagina eerst" in run.last_error
    assert "Error" not in run.last_error  # the importer's own words, no exception name
    assert Page.objects.count() == pages_before
    assert runs.may_restart(run)


@real_importer
def test_a_real_import_writes_its_progress(admin, wp_site, export_bytes):
    run = runs.start_import(upload(export_bytes), by=admin, enqueue=False)
    seen = []

    class Recording(runs.ProgressWriter):
        def __call__(self, done, total, label=""):
            super().__call__(done, total, label)
            stored = WordPressImport.objects.get(pk=run.pk)
            seen.append((done, total, stored.processed))

    run = runs.run_import(run, progress=Recording(run, every_seconds=0))
    assert run.status == Status.DONE, run.last_error
    assert seen and seen[-1][0] == seen[-1][1] == run.total == run.processed
    assert all(stored == done for done, _total, stored in seen)


def test_the_export_is_stored_privately_by_month(admin, now):
    content = HEAD + b"<!--" + b"x" * 300_000 + b"-->"
    run = runs.start_import(
        SimpleUploadedFile("../../Mijn export.xml", content), by=admin, enqueue=False
    )
    assert run.filename == "Mijn export.xml"
    assert run.export_file.name.startswith(f"wordpress/{run.created:%Y/%m}/Mijn_export")
    with run.export_file.open("rb") as stored:
        assert stored.read() == content
    assert stored_exports() == [Path(run.export_file.path)]


def test_exports_kept_for_a_restart_are_deleted_after_thirty_days(admin, now):
    def ended(status, days_ago):
        run = runs.start_import(upload(HEAD), by=admin, enqueue=False)
        WordPressImport.objects.filter(pk=run.pk).update(
            status=status, created=now - dt.timedelta(days=days_ago)
        )
        return run

    old_failed = ended(Status.FAILED, 31)
    old_stopped = ended(Status.STOPPED, 40)
    recent = ended(Status.FAILED, 29)
    out = io.StringIO()

    call_command("delete_old_wordpress_exports", stdout=out)

    assert "Deleted 2 WordPress export file(s)." in out.getvalue()
    for run in (old_failed, old_stopped):
        run.refresh_from_db()
        assert run.export_file.name == ""
    recent.refresh_from_db()
    assert stored_exports() == [Path(recent.export_file.path)]
