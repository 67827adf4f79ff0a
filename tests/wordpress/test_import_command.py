"""manage.py import_wordpress: the report on stdout (and in a file), progress on stderr,
and bad input as a CommandError with the Dutch message, nothing written."""

import io

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page

from cms.management.commands.import_wordpress import Progress
from cms.models import NewsPage, WordPressItem
from tests import factories
from tests.wordpress import export_builder as builder

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def export(tmp_path_factory):
    return builder.build_export(tmp_path_factory.mktemp("wxr") / "export.xml", posts=12)


@pytest.fixture
def site(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    factories.news_index()
    factories.blog_index()


def command(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command("import_wordpress", *map(str, args), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_the_import_prints_its_report_and_writes_it_to_a_file(export, site, tmp_path):
    uploads = tmp_path / "uploads"
    builder.write_uploads(export, uploads)
    report = tmp_path / "verslag.txt"
    out, err = command(export.path, "--media-dir", uploads, "--report", report)
    assert "Verslag van de WordPress-import" in out
    assert "Nieuwsberichten: " in out
    assert report.read_text(encoding="utf-8") == out
    # Not a terminal: plain progress lines, the last one at the end.
    lines = err.splitlines()
    assert lines[0].startswith("1/") and any(
        line.startswith(f"{len(export.items)}/") for line in lines
    )
    assert "verslag.txt" in lines[-1]
    assert NewsPage.objects.exists()


def test_category_map_and_dry_run(export, site):
    pages = Page.objects.count()
    out, _ = command(export.path, "--dry-run", "--category-map", "nieuws=blog")
    assert "proef" in out
    assert "Nieuwsberichten: 4 nieuw\n  Blogs: 7 nieuw" in out  # "nieuws" posts: blogs
    assert Page.objects.count() == pages
    assert not WordPressItem.objects.exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("Gewone tekst", "geen XML-bestand"),
        (
            "<?xml version='1.0'?><rss xmlns:wp='http://wordpress.org/export/1.2/'>"
            "<channel><item><title>Half",
            "beschadigd",
        ),
        (
            "<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'/>",
            "geen WordPress-export",
        ),
    ],
)
def test_bad_files_are_refused_with_a_dutch_message(site, tmp_path, content, message):
    path = tmp_path / "bad.xml"
    path.write_text(content, encoding="utf-8")
    pages = Page.objects.count()
    with pytest.raises(CommandError, match=message):
        command(path)
    assert Page.objects.count() == pages


def test_bad_arguments_are_refused(export, site, tmp_path):
    with pytest.raises(CommandError, match="bestaat niet"):
        command(tmp_path / "er-is-niets.xml")
    with pytest.raises(CommandError, match="map met uploads"):
        command(export.path, "--media-dir", tmp_path / "geen-map")
    with pytest.raises(CommandError, match="categorie=nieuws"):
        command(export.path, "--category-map", "verhalen")
    assert not WordPressItem.objects.exists()


def test_a_site_without_overviews_is_refused(export, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    with pytest.raises(CommandError, match="nieuwsoverzicht"):
        command(export.path)
    assert not WordPressItem.objects.exists()


class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_on_a_terminal_the_progress_bar_redraws_itself():
    from django.core.management.base import OutputWrapper

    stream = Terminal()
    progress = Progress(OutputWrapper(stream))
    progress(1, 4, "Bericht 1: een titel")
    progress(4, 4, "Bericht 4: de laatste")
    progress.finish()
    text = stream.getvalue()
    assert text.count("\r[") == 2
    assert "[##############################] 100% 4/4 Bericht 4: de laatste" in text
    assert text.endswith("\n")
