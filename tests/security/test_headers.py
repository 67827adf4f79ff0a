"""Security headers with the production settings: every kind of response carries them
(a page, a page from the anonymous page cache, a 404, a form, the admin), and the public
site scores A+ by the rules of Mozilla's HTTP Observatory."""

import importlib
import re
import sys

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse
from wagtail.test.utils.form_data import querydict_from_html

from tests import factories as f

pytestmark = pytest.mark.django_db

# The settings that shape response headers and cookies; everything else (database,
# cache, storage) stays as the test settings have it.
HEADER_SETTINGS = re.compile(
    r"^(SECURE_\w+|SESSION_COOKIE_\w+|CSRF_COOKIE_\w+|LANGUAGE_COOKIE_\w+|X_FRAME_OPTIONS"
    r"|CONTENT_SECURITY_POLICY|ADMIN_CONTENT_SECURITY_POLICY|PERMISSIONS_POLICY"
    r"|CROSS_ORIGIN_RESOURCE_POLICY|MIDDLEWARE)$"
)
HTTPS = {"secure": True, "headers": {"X-Forwarded-Proto": "https"}}
SIX_MONTHS = 15_768_000


def production_settings_module(monkeypatch, env):
    """cms.settings.production as a server with this environment would load it."""
    for name in ("LOCAL_HTTP", "SECURE_SSL_REDIRECT", "SECURE_HSTS_SECONDS", "DEBUG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    sys.modules.pop("cms.settings.production", None)
    try:
        return importlib.import_module("cms.settings.production")
    finally:
        sys.modules.pop("cms.settings.production", None)


@pytest.fixture
def production(settings, monkeypatch, tmp_path, production_env):
    module = production_settings_module(monkeypatch, production_env)
    for name in dir(module):
        if HEADER_SETTINGS.match(name):
            setattr(settings, name, getattr(module, name))
    settings.STATIC_ROOT = tmp_path / "static"  # WhiteNoise wants the folder to exist
    settings.STATIC_ROOT.mkdir()
    settings.PAGE_CACHE_SECONDS = 600
    return settings


@pytest.fixture
def pages():
    f.site_settings()  # made on first use otherwise, which empties the page cache
    index = f.news_index()
    return {
        "home": "/",
        "news": f.news_item(index, title="Nieuw maatjesproject").get_url(),
        "contact": f.contact_page(title="Contact", slug="contact").get_url(),
    }


def csp_directives(header):
    """'default-src 'self'; img-src 'self' data:' -> {"default-src": ["'self'"], ...}"""
    directives = {}
    for part in header.split(";"):
        name, *sources = part.split()
        directives[name.lower()] = sources
    return directives


def assert_security_headers(response, frame_ancestors="'none'"):
    csp = csp_directives(response["Content-Security-Policy"])
    assert csp["frame-ancestors"] == [frame_ancestors]
    assert csp["object-src"] == ["'none'"]
    assert csp["base-uri"] == ["'self'"]
    assert "upgrade-insecure-requests" in csp
    assert "'unsafe-eval'" not in csp["script-src"]
    hsts = response["Strict-Transport-Security"]
    assert int(re.search(r"max-age=(\d+)", hsts).group(1)) >= SIX_MONTHS
    assert "includeSubDomains" in hsts
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"
    permissions = response["Permissions-Policy"]
    for feature in ("microphone", "geolocation", "payment", "usb", "browsing-topics"):
        assert f"{feature}=()" in permissions
    # The roster scans check-in QR codes with the camera: this site only, nobody else.
    assert "camera=(self)" in permissions
    return csp


def assert_public_policy(csp):
    assert csp["default-src"] == ["'self'"]
    assert csp["script-src"] == ["'self'"]
    assert csp["style-src"] == ["'self'"]
    assert set(csp["frame-src"]) == {"https://www.youtube-nocookie.com", "https://player.vimeo.com"}
    assert set(csp["form-action"]) == {"'self'", "https://checkout.stripe.com"}


def test_public_page_has_every_security_header(production, pages, client):
    response = client.get(pages["news"], **HTTPS)

    assert response.status_code == 200
    assert_public_policy(assert_security_headers(response))
    assert response["X-Frame-Options"] == "DENY"


def test_home_page_from_the_page_cache_keeps_every_security_header(production, pages):
    first = Client().get(pages["home"], **HTTPS)
    second = Client().get(pages["home"], **HTTPS)

    assert first["X-Page-Cache"] == "miss"
    assert second["X-Page-Cache"] == "hit"
    assert_public_policy(assert_security_headers(second))
    assert second["X-Frame-Options"] == "DENY"
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]


def test_not_found_page_has_every_security_header(production, pages, client):
    response = client.get("/deze-pagina-bestaat-niet/", **HTTPS)

    assert response.status_code == 404
    assert_public_policy(assert_security_headers(response))


def test_form_page_and_its_cookies_are_secure(production, pages, client):
    response = client.get(pages["contact"], **HTTPS)

    assert response.status_code == 200
    assert_public_policy(assert_security_headers(response))
    csrf = response.cookies["csrftoken"]
    assert csrf["secure"] and csrf["httponly"] and csrf["samesite"] == "Lax"

    sent = client.post(pages["contact"], {"naam": ""}, **HTTPS)  # invalid: shows errors
    assert sent.status_code == 400
    assert_public_policy(assert_security_headers(sent))


def sign_in(client):
    """Sign in through the sign-in form, so the session cookie is the one the site sets."""
    account = f.user()
    client.get(reverse("account_login"), **HTTPS)
    response = client.post(
        reverse("account_login"),
        {"login": account.email, "password": "wachtwoord-voor-tests"},  # noqa: S106
        **HTTPS,
    )
    assert settings.SESSION_COOKIE_NAME in response.cookies, response.status_code
    return response


def test_session_cookie_is_secure_httponly_and_same_site(production, pages, client):
    response = sign_in(client)

    session = response.cookies[production.SESSION_COOKIE_NAME]
    assert session["secure"] and session["httponly"] and session["samesite"] == "Lax"
    assert_security_headers(response)


def test_admin_has_its_own_policy_that_still_denies_other_sites(production, client):
    client.force_login(f.superuser())
    response = client.get("/admin/", **HTTPS)

    assert response.status_code == 200
    csp = assert_security_headers(response, frame_ancestors="'self'")
    # Wagtail's own inline scripts need this; see ADMIN_CONTENT_SECURITY_POLICY.
    assert "'unsafe-inline'" in csp["script-src"]
    assert "'unsafe-eval'" not in csp["script-src"]
    assert csp["form-action"] == ["'self'"]
    assert response["X-Frame-Options"] == "DENY"


def test_plain_http_is_redirected_to_https_on_the_same_host(production, pages, client):
    response = client.get(pages["news"], HTTP_HOST="www.vmca-almere.example")

    assert response.status_code == 301
    assert response["Location"] == f"https://www.vmca-almere.example{pages['news']}"


def test_plain_http_is_redirected_even_when_the_page_is_in_the_page_cache(production, pages):
    host = "www.vmca-almere.example"
    over_https = Client().get(pages["news"], HTTP_HOST=host, **HTTPS)
    assert over_https["X-Page-Cache"] == "miss"

    over_http = Client().get(pages["news"], HTTP_HOST=host)

    assert over_http.status_code == 301
    assert over_http["Location"] == f"https://{host}{pages['news']}"
    # And the cached page itself still comes with every header over HTTPS.
    cached = Client().get(pages["news"], HTTP_HOST=host, **HTTPS)
    assert cached["X-Page-Cache"] == "hit"
    assert_public_policy(assert_security_headers(cached))


def edit_form_data(client, page):
    """The page's admin edit form as the browser sends it (StreamFields are drawn by
    JavaScript, so their empty counts are added by hand)."""
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]), **HTTPS)
    data = querydict_from_html(html.content.decode(), form_id="page-edit-form")
    data.setdefault("body-count", "0")
    return data


def admin_previews(client, page, editor):
    """Every way the admin shows a preview of the page: the live preview panel in the
    editor, a revision, the draft, and the preview of a page waiting for approval."""
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    posted = client.post(preview_url, edit_form_data(client, page), **HTTPS)
    assert posted.json() == {"is_valid": True, "is_available": True}
    workflow_state = page.get_workflow().start(page, editor)
    task = workflow_state.current_task_state.task
    revision = page.latest_revision
    urls = {
        "preview panel": f"{preview_url}?in_preview_panel=true",
        "revision": reverse("wagtailadmin_pages:revisions_view", args=[page.pk, revision.pk]),
        "draft": reverse("wagtailadmin_pages:view_draft", args=[page.pk]),
        "workflow": reverse("wagtailadmin_pages:workflow_preview", args=[page.pk, task.pk]),
    }
    return {name: client.get(url, **HTTPS) for name, url in urls.items()}


def test_admin_previews_may_be_framed_by_the_admin_only(production, pages, client):
    editor = f.superuser()
    client.force_login(editor)
    page = f.news_item(title="Buren helpen buren")

    for name, response in admin_previews(client, page, editor).items():
        assert response.status_code == 200, name
        assert "Buren helpen buren" in response.content.decode(), name
        csp = assert_security_headers(response, frame_ancestors="'self'")
        # The page itself, as the public sees it: the public policy, not the admin's.
        assert_public_policy(csp)
        assert response["X-Frame-Options"] == "SAMEORIGIN", name

    # The public page itself stays unframeable.
    public = Client().get(page.url, **HTTPS)
    assert csp_directives(public["Content-Security-Policy"])["frame-ancestors"] == ["'none'"]
    assert public["X-Frame-Options"] == "DENY"


# Mozilla HTTP Observatory, scoring as published with the 2024 methodology
# (developer.mozilla.org/en-US/observatory/docs/scoring): every site starts at 100; each
# test adds a modifier; bonuses (modifiers > 0) only count when the score without them is
# 90 or more; 100 and up is A+.


def observatory_csp(headers):
    header = headers.get("Content-Security-Policy")
    if not header:
        return "csp-not-implemented", -25
    csp = csp_directives(header)
    default = csp.get("default-src", [])
    scripts = csp.get("script-src", default)
    styles = csp.get("style-src", default)
    unsafe_script_sources = {"'unsafe-inline'", "data:", "*", "http:", "https:"}
    if unsafe_script_sources & set(scripts) and "'strict-dynamic'" not in scripts:
        return "csp-implemented-with-unsafe-inline", -20
    if any(source.startswith("http:") for sources in csp.values() for source in sources):
        return "csp-implemented-with-insecure-scheme", -20
    if "'unsafe-eval'" in scripts:
        return "csp-implemented-with-unsafe-eval", -10
    if "'unsafe-inline'" in styles:
        return "csp-implemented-with-unsafe-inline-in-style-src-only", 0
    if default == ["'none'"]:
        return "csp-implemented-with-no-unsafe-default-src-none", 10
    return "csp-implemented-with-no-unsafe", 0


def observatory_cookies(cookies):
    if not cookies:
        return "cookies-not-found", 0
    for cookie in cookies.values():
        is_session = any(word in cookie.key.lower() for word in ("sess", "login"))
        if not cookie["secure"]:
            return (
                ("cookies-session-without-secure-flag", -40)
                if is_session
                else (
                    "cookies-without-secure-flag",
                    -20,
                )
            )
        if is_session and not cookie["httponly"]:
            return "cookies-session-without-httponly-flag", -30
        if "csrf" in cookie.key.lower() and not cookie["samesite"]:
            return "cookies-anticsrf-without-samesite-flag", -20
        if cookie["samesite"] and cookie["samesite"].lower() not in ("strict", "lax", "none"):
            return "cookies-samesite-flag-invalid", -20
    if all(cookie["samesite"] for cookie in cookies.values()):
        return "cookies-secure-with-httponly-sessions-and-samesite", 5
    return "cookies-secure-with-httponly-sessions", 0


def observatory_cors(headers):
    if headers.get("Access-Control-Allow-Origin", "").strip() == "*":
        return "cross-origin-resource-sharing-implemented-with-universal-access", -50
    return "cross-origin-resource-sharing-not-implemented", 0


def observatory_redirection(http_response, host):
    location = http_response.get("Location", "")
    if http_response.status_code not in (301, 302, 307, 308):
        return "redirection-missing", -20
    if not location.startswith("https://"):
        return "redirection-not-to-https-on-initial-redirection", -10
    if not location.startswith(f"https://{host}/"):
        return "redirection-off-host-from-http", -5
    return "redirection-to-https", 0


def observatory_referrer_policy(headers):
    policy = headers.get("Referrer-Policy", "").split(",")[-1].strip().lower()
    if not policy:
        return "referrer-policy-not-implemented", 0
    if policy in ("no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"):
        return "referrer-policy-private", 5
    if policy == "no-referrer-when-downgrade":
        return "referrer-policy-no-referrer-when-downgrade", 0
    return "referrer-policy-unsafe", -5


def observatory_hsts(headers):
    header = headers.get("Strict-Transport-Security")
    if not header:
        return "hsts-not-implemented", -20
    match = re.search(r"max-age=(\d+)", header)
    if not match:
        return "hsts-header-invalid", -20
    if int(match.group(1)) < SIX_MONTHS:
        return "hsts-implemented-max-age-less-than-six-months", -10
    # "hsts-preloaded" (+5) needs the domain on the browsers' preload list: not claimed here.
    return "hsts-implemented-max-age-at-least-six-months", 0


def observatory_sri(html, host):
    scripts = re.findall(r"<script\b[^>]*>", html)
    if not scripts:
        return "sri-not-implemented-but-no-scripts-loaded", 0
    external = []
    for tag in scripts:
        src = re.search(r'\bsrc="([^"]*)"', tag)
        if src and re.match(r"^(https?:)?//", src.group(1)) and f"//{host}/" not in src.group(1):
            external.append(tag)
    if not external:
        return "sri-not-implemented-but-all-scripts-loaded-from-secure-origin", 0
    if all("integrity=" in tag and 'src="https://' in tag for tag in external):
        return "sri-implemented-and-external-scripts-loaded-securely", 5
    if all('src="https://' in tag for tag in external):
        return "sri-not-implemented-but-external-scripts-loaded-securely", -5
    return "sri-not-implemented-and-external-scripts-not-loaded-securely", -50


def observatory_nosniff(headers):
    value = headers.get("X-Content-Type-Options")
    if value is None:
        return "x-content-type-options-not-implemented", -5
    if value.strip().lower() != "nosniff":
        return "x-content-type-options-header-invalid", -5
    return "x-content-type-options-nosniff", 0


def observatory_frame_options(headers):
    csp = csp_directives(headers.get("Content-Security-Policy", "") or "x")
    if csp.get("frame-ancestors") in (["'none'"], ["'self'"]):
        return "x-frame-options-implemented-via-csp", 5
    value = headers.get("X-Frame-Options", "").strip().upper()
    if value in ("DENY", "SAMEORIGIN"):
        return "x-frame-options-sameorigin-or-deny", 0
    if not value:
        return "x-frame-options-not-implemented", -20
    return "x-frame-options-header-invalid", -20


def observatory_corp(headers):
    value = headers.get("Cross-Origin-Resource-Policy")
    if value is None:
        return "cross-origin-resource-policy-not-implemented", 0
    if value.strip().lower() not in ("same-origin", "same-site", "cross-origin"):
        return "cross-origin-resource-policy-header-invalid", -5
    return f"cross-origin-resource-policy-implemented-with-{value.strip().lower()}", 0


def observatory_score(results):
    penalties = sum(modifier for _name, modifier in results if modifier < 0)
    bonuses = sum(modifier for _name, modifier in results if modifier > 0)
    score = max(100 + penalties, 0)
    return score + bonuses if score >= 90 else score


def test_home_page_scores_a_plus_by_the_observatory_rules(production, pages, client):
    host = "www.vmca-almere.example"
    signed_in = sign_in(client)  # so that the session cookie is part of the scan
    page = client.get("/", HTTP_HOST=host, **HTTPS)
    over_http = Client().get("/", HTTP_HOST=host)
    headers = page.headers

    results = [
        observatory_csp(headers),
        observatory_cookies({**signed_in.cookies, **page.cookies}),
        observatory_cors(headers),
        observatory_redirection(over_http, host),
        observatory_referrer_policy(headers),
        observatory_hsts(headers),
        observatory_sri(page.content.decode(), host),
        observatory_nosniff(headers),
        observatory_frame_options(headers),
        observatory_corp(headers),
    ]

    failed = [(name, modifier) for name, modifier in results if modifier < 0]
    assert not failed
    assert observatory_score(results) >= 100, results


def test_images_from_a_cdn_or_object_storage_are_allowed_by_the_policy():
    from cms.security import media_origins

    assert media_origins("/media/", {}) == []
    assert media_origins("https://cdn.vmca.example/media/", {}) == ["https://cdn.vmca.example"]
    assert media_origins("/media/", {"AWS_S3_CUSTOM_DOMAIN": "media.vmca.example"}) == [
        "https://media.vmca.example"
    ]
    minio = {
        "AWS_STORAGE_BUCKET_NAME": "vmca",
        "AWS_S3_ENDPOINT_URL": "http://127.0.0.1:9000",
        "AWS_S3_ADDRESSING_STYLE": "path",
    }
    assert media_origins("/media/", minio) == ["http://127.0.0.1:9000"]
    aws = {"AWS_STORAGE_BUCKET_NAME": "vmca", "AWS_S3_REGION_NAME": "eu-central-1"}
    assert media_origins("/media/", aws) == [
        "https://vmca.s3.amazonaws.com",
        "https://vmca.s3.eu-central-1.amazonaws.com",
    ]
