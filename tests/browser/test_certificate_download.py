"""A professional signs in with an e-mail code, downloads their certificate from Mijn
academie, and checks it on the public verification page with the code printed on it."""

import re

import pytest

from tests.browser.conftest import BROWSER_TESTS, PHONE, describe_violations, run_axe
from tests.browser.test_academy_flow import login_code

pytestmark = BROWSER_TESTS


@pytest.fixture
def professional_with_certificate(site):
    """Like the demo's professional: Registerplein number, a finished accredited course with
    every session attended, and the certificate issued."""
    from academy.services.certificates import issue_certificate
    from tests.academy.certificate_builders import (
        accredited_course,
        attend,
        confirmed,
        finished_edition,
        register,
    )
    from tests.academy.conftest import user_with_participant

    _user, person = user_with_participant(
        email="professional.test@example.nl", participant_type="professional"
    )
    person.first_name, person.last_name = "Samira", "Bouzid"
    person.save()
    course_page = accredited_course(
        title="Werken met de meldcode", slug="werken-met-de-meldcode", points="3.0"
    )
    registration = confirmed(
        finished_edition(course_page, sessions=2),
        person,
        wants_accreditation=True,
        register=register("Registerplein"),
        register_number="4610273958",
    )
    attend(registration)
    return person, issue_certificate(registration, notify=False)


def test_professional_downloads_the_certificate_and_checks_it(
    open_tab, site, professional_with_certificate, tmp_path, artifacts_dir
):
    from django.urls import reverse
    from playwright.sync_api import expect

    person, certificate = professional_with_certificate
    tab = open_tab(viewport=PHONE)

    # Sign in with a code from the e-mail; the login lands in Mijn academie.
    tab.goto(reverse("account_login"))
    tab.get_by_label("Uw e-mailadres").fill(person.email)
    with tab.expect_navigation():
        tab.get_by_label("Uw e-mailadres").press("Enter")
    expect(tab.get_by_role("heading", level=1)).to_have_text("Vul uw code in")
    tab.locator("main input[name='code']").fill(login_code(person.email))
    with tab.expect_navigation():
        tab.locator("main input[name='code']").press("Enter")
    expect(tab.get_by_role("heading", level=1)).to_have_text("Mijn academie")

    # Mijn academie → Mijn certificaten → download.
    with tab.expect_navigation():
        tab.get_by_role("link", name="Mijn certificaten").first.click()
    expect(tab.get_by_role("heading", level=1)).to_have_text("Mijn certificaten")
    main = tab.locator("main")
    expect(main).to_contain_text("Werken met de meldcode")
    expect(main).to_contain_text(certificate.display_code)
    expect(main).to_contain_text("3 punten in Registerplein")
    screenshots = artifacts_dir / "screenshots"
    screenshots.mkdir(parents=True, exist_ok=True)
    tab.screenshot(path=screenshots / "academy-certificates-360px.png", full_page=True)
    violations = run_axe(tab)
    assert not violations, describe_violations(violations)

    button = tab.get_by_role("link", name=re.compile(r"^Download certificaat"))
    with tab.expect_download() as download_info:
        button.click()
    download = download_info.value
    assert download.suggested_filename == (
        f"certificaat-werken-met-de-meldcode-{certificate.display_code}.pdf"
    )
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    content = saved.read_bytes()
    assert content.startswith(b"%PDF")
    with certificate.file.open("rb") as stored:
        assert content == stored.read()

    # The public check, typing the code as printed (signed out: anyone can do this).
    tab.context.clear_cookies()
    tab.goto(reverse("academy:verify_certificate"))
    tab.get_by_label("Controlecode").fill(certificate.display_code.lower())
    with tab.expect_navigation():
        tab.get_by_role("button", name="Controleer").click()
    result = tab.get_by_role("region", name="Dit certificaat is geldig")
    expect(result).to_be_visible()
    expect(result).to_contain_text("geldig")
    expect(result).to_contain_text("Samira Bouzid")
    expect(result).to_contain_text("Werken met de meldcode")
    expect(result).not_to_contain_text("4610273958")
    tab.screenshot(path=screenshots / "academy-verify-certificate-360px.png", full_page=True)
    violations = run_axe(tab)
    assert not violations, describe_violations(violations)

    # What the QR code on the PDF opens: the page with the code filled in.
    response = tab.goto(f"{reverse('academy:verify_certificate')}?code={certificate.code}")
    assert response.status == 200
    assert response.headers["cache-control"] == "private, no-store"
    expect(tab.get_by_role("heading", name="Dit certificaat is geldig")).to_be_visible()
