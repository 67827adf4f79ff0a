"""The privacy statement (a page of the demo, Dutch and English) is linked from the footer of
every page and from the forms that ask for personal data, and says what the system does:
the retention period from the settings, and the cookies the site really sets.

Cookie-free: an anonymous visit to any public page type sets no cookie at all, except
`csrftoken` on a page with a POST form (functional: it protects the form, and the privacy
statement names it). No tracking cookie, ever."""

from types import SimpleNamespace

import pytest
from django.conf import settings
from django.urls import reverse

from cms.demo import privacy
from tests.conftest import PUBLIC_PAGE_KINDS

pytestmark = pytest.mark.sqlite_only  # the demo snapshot is built on SQLite

FUNCTIONAL_COOKIES = {"csrftoken"}


def _visit(client, path):
    response = client.get(path)
    return SimpleNamespace(
        path=path,
        status=response.status_code,
        cookies=set(response.cookies.keys()),
        html=response.content.decode() if response.status_code == 200 else "",
    )


def _member():
    from allauth.account.models import EmailAddress
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_user(username="privacylezer", email="lezer@example.nl")
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


@pytest.fixture(scope="module")
def visits(demo_database, django_db_blocker):
    """Every public page visited once by a fresh anonymous client: {name: visit}."""
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from wagtail.models import Page

    from academy.models import Edition
    from tests.conftest import restore_sqlite

    pages = demo_database.pages
    with django_db_blocker.unblock():
        restore_sqlite(demo_database.database, connection)
        cache.clear()
        course = pages["course"].page
        open_edition = (
            Edition.objects.filter(course=course, status="open").order_by("first_start").first()
        )
        privacy_page = Page.objects.live().get(slug=privacy.SLUG, locale__language_code="nl")
        privacy_en = Page.objects.live().filter(slug=privacy.SLUG_EN).first()
        paths = {kind: pages[kind].path for kind in PUBLIC_PAGE_KINDS}
        paths.update(
            privacy=privacy_page.url,
            privacy_en=privacy_en.url if privacy_en else None,
            verify_certificate=reverse("academy:verify_certificate"),
            verify_code=reverse("academy:verify_certificate") + "?code=ABCD-EFGH",
            enrol=reverse("academy:enrol", args=(open_edition.pk,)),
            signup=reverse("account_signup"),
        )
        enrol_path = paths.pop("enrol")
        results = {name: _visit(Client(), path) for name, path in paths.items() if path}
        # Enrolling needs an account; the form is shown to someone signed in.
        member = Client()
        member.force_login(_member())
        results["enrol"] = _visit(member, enrol_path)
        results["_privacy_url"] = privacy_page.url
        cache.clear()
    return results


def test_the_privacy_statement_is_a_page_of_the_demo_in_both_languages(visits):
    page = visits["privacy"]
    assert page.status == 200
    assert "Privacyverklaring" in page.html
    assert "privacy_en" in visits, "the demo has no English privacy statement"
    assert visits["privacy_en"].status == 200
    assert "Privacy statement" in visits["privacy_en"].html


def test_the_statement_says_the_retention_period_from_the_settings(visits):
    html = visits["privacy"].html
    assert f"Wij bewaren uw gegevens {privacy.years_nl(settings.ACADEMY_RETENTION_YEARS)}" in html
    assert "zeven jaar" in html  # invoices, by law
    assert "Autoriteit Persoonsgegevens" in html
    assert privacy.years_en(settings.ACADEMY_RETENTION_YEARS) in visits["privacy_en"].html


def test_the_statement_names_every_cookie_the_site_can_set(visits):
    html = visits["privacy"].html
    for name in privacy.COOKIES:
        assert f"<strong>{name}</strong>" in html
    assert FUNCTIONAL_COOKIES <= set(privacy.COOKIES)


@pytest.mark.parametrize("kind", ["home", "news", "course", "contact", "search", "privacy"])
def test_the_footer_links_to_the_privacy_statement(visits, kind):
    url = visits["_privacy_url"]
    html = visits[kind].html
    footer = html[html.index("<footer") :]
    assert f'href="{url}"' in footer


@pytest.mark.parametrize("kind", ["enrol", "signup"])
def test_forms_that_ask_for_personal_data_link_to_the_statement(visits, kind):
    visit = visits[kind]
    assert visit.status == 200
    assert "Lees hoe wij met uw gegevens omgaan" in visit.html
    url = visits["_privacy_url"]
    assert visit.html.count(f'href="{url}"') >= 2  # under the form and in the footer


CHECKED_KINDS = [*PUBLIC_PAGE_KINDS, "privacy", "privacy_en", "verify_certificate", "verify_code"]


@pytest.mark.parametrize("kind", CHECKED_KINDS)
def test_anonymous_visits_set_no_cookies_but_the_csrf_one_on_a_form(visits, kind):
    visit = visits[kind]
    # An unknown certificate code is a 404 page, which must not set a cookie either.
    assert visit.status == (404 if kind == "verify_code" else 200), visit.path
    assert visit.cookies <= FUNCTIONAL_COOKIES, (visit.path, visit.cookies)
    if 'method="post"' not in visit.html:
        assert not visit.cookies, (visit.path, visit.cookies)
