"""'WordPress-import' in a real browser: a superuser uploads the builder's export (with a copy
of wp-content/uploads in WORDPRESS_MEDIA_DIR), the import runs (at once: the test settings
run background tasks immediately), and the run's page shows it finished with its report,
readable at 390 px without sideways scrolling and without WCAG 2.2 A/AA violations (axe)."""

import pytest

from tests.browser.conftest import BROWSER_TESTS, DESKTOP, describe_violations, run_axe, sign_in
from tests.browser.test_vacaturebank import PHONE_390, assert_fits, shoot

pytestmark = BROWSER_TESTS


@pytest.fixture
def export(tmp_path, settings):
    from tests.wordpress import export_builder as builder

    built = builder.build_export(tmp_path / "vmca-export.xml")
    builder.write_uploads(built, tmp_path / "uploads")
    settings.WORDPRESS_MEDIA_DIR = str(tmp_path / "uploads")
    return built


def open_form(open_tab, viewport):
    from django.urls import reverse

    from tests import factories as f

    tab = open_tab(viewport=viewport)
    sign_in(tab, f.superuser())
    response = tab.goto(reverse("wordpress_import"))
    assert response.status == 200
    return tab


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE_390], ids=["1280px", "390px"])
def test_upload_an_export_and_read_the_report(open_tab, site, export, viewport):
    from cms.models.wordpress import WordPressImport

    tab = open_form(open_tab, viewport)
    assert tab.get_by_text("De import neemt ze mee.").is_visible()
    shoot(tab, f"wordpress-import-form-{viewport['width']}")
    violations = run_axe(tab)
    assert not violations, describe_violations(violations)

    tab.get_by_label("Exportbestand (.xml)").set_input_files(str(export.path))
    tab.get_by_label("Welke categorie wordt wat?").fill("blog-uit-de-wijk=blog")
    with tab.expect_navigation():
        tab.get_by_role("button", name="Import starten").click()

    run = WordPressImport.objects.get()
    assert run.status == WordPressImport.Status.DONE, run.last_error
    assert tab.locator(".wp-import-facts dd").first.inner_text() == "Klaar"
    assert tab.get_by_text(f"{run.total} van {run.total} verwerkt (100%).").is_visible()
    assert tab.locator("progress").get_attribute("value") == "100"
    report = tab.locator("pre.wp-import-report")
    assert report.is_visible()
    assert report.inner_text().strip() == run.report.strip()
    assert tab.locator("meta[http-equiv='refresh']").count() == 0

    shoot(tab, f"wordpress-import-{viewport['width']}")
    violations = run_axe(tab)
    assert not violations, describe_violations(violations)
    if viewport is PHONE_390:
        assert_fits(tab, "the WordPress import's report")

    with tab.expect_download() as download:
        tab.get_by_role("link", name="Verslag downloaden (.txt)").click()
    assert download.value.suggested_filename.endswith(".txt")
    with open(download.value.path(), encoding="utf-8") as saved:  # noqa: PTH123
        assert saved.read() == run.report


def test_a_file_that_is_no_export_is_said_in_place(open_tab, site, tmp_path):
    from cms.models.wordpress import WordPressImport

    page = tmp_path / "pagina.xml"
    page.write_text("<!DOCTYPE html><html><body>Hallo</body></html>", encoding="utf-8")
    tab = open_form(open_tab, PHONE_390)
    tab.get_by_label("Exportbestand (.xml)").set_input_files(str(page))
    with tab.expect_navigation() as navigation:
        tab.get_by_role("button", name="Import starten").click()
    assert navigation.value.status == 400
    assert tab.get_by_text("Dit is een webpagina (HTML), geen WordPress-export.").is_visible()
    assert not WordPressImport.objects.exists()
    violations = run_axe(tab)
    assert not violations, describe_violations(violations)
    assert_fits(tab, "the WordPress import form with an error")
