"""The public certificate check: valid, revoked and unknown codes, what it shows, and that it
neither helps anyone guess codes nor ends up in a cache."""

import re

import pytest
from django.core.cache import cache
from django.test import RequestFactory, override_settings
from django.urls import reverse
from django.utils import timezone, translation

from academy.models import Certificate
from academy.services.certificates import issue_certificate, reissue_certificate, revoke_certificate
from cms import ratelimit
from tests import factories as f

from .certificate_builders import accredited_course, attend, confirmed, finished_edition
from .certificate_builders import professional as professional_registration

pytestmark = pytest.mark.django_db

VALID_TITLE = "Dit certificaat is geldig"
REVOKED_TITLE = "Dit certificaat is ingetrokken"
UNKNOWN_TITLE = "Deze code kennen wij niet"


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    # The rate limit lives in the cache; every test starts with a clean slate.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def accredited(academy):
    """A professional's accreditation certificate (Registerplein, 4 points)."""
    course_page = accredited_course(title="Signalen van mishandeling herkennen", points="4.0")
    edition = finished_edition(course_page, sessions=2)
    registration = attend(professional_registration(edition, number="46101234"))
    return issue_certificate(registration, notify=False)


@pytest.fixture
def participation(academy):
    from .conftest import course

    edition = finished_edition(course(title="Omgaan met eenzaamheid"), sessions=1)
    registration = attend(confirmed(edition))
    return issue_certificate(registration, notify=False)


def verify_url(code=None):
    url = reverse("academy:verify_certificate")
    return url if code is None else f"{url}?{_query(code)}"


def _query(code):
    from urllib.parse import urlencode

    return urlencode({"code": code})


def check(client, code, **extra):
    return client.get(verify_url(code), **extra)


def result_section(response):
    """The answer block only (the form below it repeats what was typed)."""
    html = response.content.decode()
    found = re.search(r'<section class="event-status[^"]*"[^>]*>.*?</section>', html, re.S)
    assert found, "no result on the page"
    return found.group(0)


def assert_private(response):
    assert response["Cache-Control"] == "private, no-store"
    assert response["X-Robots-Tag"] == "noindex"
    assert '<meta name="robots" content="noindex">' in response.content.decode()


# Valid ---------------------------------------------------------------------------------------


def test_valid_accreditation_certificate_shows_name_course_dates_points_and_issue_date(
    client, accredited
):
    response = check(client, accredited.display_code)

    assert response.status_code == 200
    result = result_section(response)
    assert VALID_TITLE in result
    assert "Fatima El Amrani" in result
    assert "Signalen van mishandeling herkennen" in result
    assert f"{accredited.first_date.day} " in result and str(accredited.last_date.year) in result
    assert "tot en met" in result  # two sessions, a week apart
    assert "4 punten in Registerplein" in result
    assert "Uitgegeven op" in result
    assert_private(response)


def test_public_page_never_shows_email_register_number_or_other_personal_data(client, accredited):
    registration = accredited.registration
    html = check(client, accredited.code).content.decode()

    assert registration.participant.email not in html
    assert "46101234" not in html  # the register number
    assert registration.token not in html
    assert registration.checkin_code not in html
    assert accredited.file.name not in html
    assert accredited.sha256 not in html


def test_participation_certificate_shows_no_points(client, participation):
    response = check(client, participation.code)

    result = result_section(response)
    assert response.status_code == 200
    assert VALID_TITLE in result
    assert "Bewijs van deelname" in result
    assert "punt" not in result


@pytest.mark.parametrize(
    "typed",
    [
        "0123-4567-89AB-CDEF-GHJK",
        "0123456789abcdefghjk",
        " 0123 4567 89ab cdef ghjk ",
        "O1234567-89AB-CDEF-GHJK",  # a letter O for the digit 0
        "oI23-4567-89ab-cdef-ghjk",  # lower-case o for 0, capital I for 1
    ],
)
def test_code_is_found_whatever_case_spacing_dashes_or_look_alike_letters(
    client, participation, typed
):
    Certificate.objects.filter(pk=participation.pk).update(code="0123456789ABCDEFGHJK")

    response = check(client, typed)

    assert response.status_code == 200
    assert VALID_TITLE in result_section(response)


# Revoked -------------------------------------------------------------------------------------


def test_revoked_certificate_says_so_and_when_without_points_or_reason(client, accredited):
    staff = f.user(is_staff=True)
    revoke_certificate(accredited, by=staff, reason="Verkeerde naam op het certificaat")
    accredited.refresh_from_db()

    response = check(client, accredited.display_code)

    assert response.status_code == 200
    result = result_section(response)
    assert REVOKED_TITLE in result
    assert VALID_TITLE not in result
    day = timezone.localdate(accredited.revoked_at)  # the page shows the Amsterdam date
    assert f"ingetrokken op {day.day} " in result and str(day.year) in result
    assert "niet meer geldig" in result
    assert "4 punten" not in result and "Registerplein" not in result
    assert "Verkeerde naam" not in response.content.decode()
    assert_private(response)


def test_replaced_certificate_points_to_a_new_one_and_the_new_code_is_valid(client, accredited):
    staff = f.user(is_staff=True)
    new = reissue_certificate(accredited, by=staff, reason="Punten aangepast")

    old_result = result_section(check(client, accredited.code))
    assert REVOKED_TITLE in old_result and "nieuw certificaat" in old_result
    assert new.code not in old_result

    new_response = check(client, new.code)
    assert new_response.status_code == 200
    assert VALID_TITLE in result_section(new_response)


# Unknown, malformed, empty -------------------------------------------------------------------


def test_unknown_code_is_a_404_with_a_clear_message(client, accredited):
    unknown = "ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ"
    assert not Certificate.objects.filter(code=unknown.replace("-", "")).exists()

    response = check(client, unknown)

    assert response.status_code == 404
    result = result_section(response)
    assert UNKNOWN_TITLE in result
    assert "Kijk of u de code goed hebt overgenomen" in result
    assert "contact op met de VMCA" in result
    assert "Fatima" not in response.content.decode()
    assert_private(response)


@pytest.mark.parametrize(
    "malformed",
    [
        "abc",  # too short
        "!!!!-????",  # no letters or digits at all
        "X",  # one character
        "ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ",  # too many characters, still short enough to type
        "ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZ*",  # a character that is never in a code
    ],
)
def test_malformed_code_gets_exactly_the_unknown_answer(client, accredited, malformed):
    unknown = check(client, "ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ")
    response = check(client, malformed)

    assert response.status_code == unknown.status_code == 404
    assert result_section(response) == result_section(unknown)


def test_a_code_one_character_off_gets_no_hint(client, accredited):
    code = accredited.code
    almost = code[:-1] + ("A" if code[-1] != "A" else "B")
    unknown = check(client, "ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ")

    response = check(client, almost)

    assert response.status_code == 404
    assert result_section(response) == result_section(unknown)


@pytest.mark.parametrize("typed", ["", "   "])
def test_empty_code_is_a_400_with_the_error_linked_to_the_field(client, typed):
    response = check(client, typed)

    html = response.content.decode()
    assert response.status_code == 400
    assert "Vul de controlecode in." in html
    assert 'id="id_code_error"' in html
    assert re.search(r'<input[^>]*aria-describedby="[^"]*id_code_error', html)
    assert 'aria-invalid="true"' in html
    assert "<title>Fout:" in html
    # The site's one error summary, which gets focus on a phone, links to the field.
    assert re.search(r'data-error-summary.*?href="#id_code"', html, re.S)
    assert_private(response)


def test_only_a_dash_is_looked_up_like_any_unknown_code(client):
    response = check(client, "-")

    assert response.status_code == 404
    assert UNKNOWN_TITLE in result_section(response)


def test_far_too_long_submission_is_a_400(client, accredited):
    response = check(client, accredited.code * 4)

    assert response.status_code == 400
    html = response.content.decode()
    assert "Deze code is te lang." in html
    assert VALID_TITLE not in html


def test_page_without_a_code_shows_the_form_with_a_label(client):
    response = client.get(verify_url())

    html = response.content.decode()
    assert response.status_code == 200
    assert '<label class="field__label" for="id_code">Controlecode' in html
    assert 'method="get"' in html
    assert "<h1" in html and "Certificaat controleren" in html
    assert_private(response)


def test_english_address_works(client, participation):
    with translation.override("en"):
        url = reverse("academy:verify_certificate")
    assert url.startswith("/en/")

    response = client.get(f"{url}?{_query(participation.code)}")

    assert response.status_code == 200
    assert response["Content-Language"] == "en"


def test_a_post_is_not_allowed(client):
    assert client.post(verify_url(), {"code": "ABC"}).status_code == 405


# Rate limit ----------------------------------------------------------------------------------


@override_settings(ACADEMY_VERIFY_RATE="3/10m")
def test_too_many_look_ups_from_one_address_get_429_until_the_window_ends(
    client, participation, monkeypatch
):
    clock = [1_800_000_000.0]  # at the start of a 10-minute window
    monkeypatch.setattr(ratelimit, "_now", lambda: clock[0])
    for _ in range(2):
        assert check(client, "ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ").status_code == 404
    assert check(client, participation.code).status_code == 200

    blocked = check(client, participation.code)

    assert blocked.status_code == 429
    assert int(blocked["Retry-After"]) == 600
    html = blocked.content.decode()
    assert "U hebt te vaak een code gecontroleerd." in html
    assert "over 10 minuten opnieuw" in html
    assert VALID_TITLE not in html and participation.participant_name not in html
    assert_private(blocked)

    # Someone else (another address) is not affected.
    other = check(client, participation.code, REMOTE_ADDR="192.0.2.77")
    assert other.status_code == 200

    clock[0] += 599
    assert check(client, participation.code).status_code == 429
    assert int(check(client, participation.code)["Retry-After"]) == 1

    clock[0] += 1  # the next window
    again = check(client, participation.code)
    assert again.status_code == 200
    assert VALID_TITLE in result_section(again)


@override_settings(ACADEMY_VERIFY_RATE="2/10m")
def test_empty_submissions_and_the_bare_form_do_not_use_up_the_limit(client, participation):
    for _ in range(5):
        assert client.get(verify_url()).status_code == 200
        assert check(client, "").status_code == 400
    assert check(client, participation.code).status_code == 200
    assert check(client, participation.code).status_code == 200
    assert check(client, participation.code).status_code == 429


@override_settings(ACADEMY_VERIFY_RATE="1/10m")
def test_clearing_the_cache_resets_the_limit(client, participation):
    assert check(client, participation.code).status_code == 200
    assert check(client, participation.code).status_code == 429
    cache.clear()
    assert check(client, participation.code).status_code == 200


def test_default_rate_is_twenty_per_ten_minutes(settings):
    assert ratelimit.parse_rate(settings.ACADEMY_VERIFY_RATE) == (20, 600)


@pytest.mark.parametrize(
    ("rate", "expected"),
    [("20/10m", (20, 600)), ("5/h", (5, 3600)), ("100/60", (100, 60)), ((3, 30), (3, 30))],
)
def test_rates_are_read_in_a_plain_format(rate, expected):
    assert ratelimit.parse_rate(rate) == expected


@pytest.mark.parametrize("rate", ["", "twenty", "0/10m", "5/0s"])
def test_a_wrong_rate_is_a_configuration_error(rate):
    from django.core.exceptions import ImproperlyConfigured

    with pytest.raises(ImproperlyConfigured):
        ratelimit.parse_rate(rate)


def test_ipv6_addresses_of_one_network_share_a_limit(rf):
    first = rf.get("/", REMOTE_ADDR="2001:db8:1:2::1")
    second = rf.get("/", REMOTE_ADDR="2001:db8:1:2:ffff::9")
    elsewhere = rf.get("/", REMOTE_ADDR="2001:db8:1:3::1")

    assert ratelimit.client_key(first) == ratelimit.client_key(second)
    assert ratelimit.client_key(first) != ratelimit.client_key(elsewhere)


def test_forwarded_for_is_only_trusted_behind_a_known_proxy(rf, settings):
    request = rf.get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.9, 198.51.100.4")
    assert ratelimit.client_ip(request) == "10.0.0.1"  # the header may be forged
    settings.TRUSTED_PROXY_COUNT = 1
    assert ratelimit.client_ip(request) == "198.51.100.4"  # what our proxy saw


# Never cached --------------------------------------------------------------------------------


@override_settings(PAGE_CACHE_SECONDS=600)
def test_answers_never_come_from_or_go_into_the_page_cache(client, accredited, participation):
    from cms import cache as page_cache

    f.site_settings()
    url = verify_url(accredited.code)
    first = client.get(url)
    assert VALID_TITLE in result_section(first)
    assert "X-Page-Cache" not in first

    # The same address after the certificate was revoked: the new answer, not a stored one.
    revoke_certificate(accredited, by=f.user(is_staff=True), reason="Fout")
    second = client.get(url)
    assert "X-Page-Cache" not in second
    assert REVOKED_TITLE in result_section(second)

    # Another code from the same page: its own answer.
    other = check(client, participation.code)
    assert participation.course_title in result_section(other)
    assert accredited.course_title not in result_section(other)

    # Nothing was stored under these addresses (or the bare form's).
    request_factory = RequestFactory()
    for path in (url, verify_url(participation.code), verify_url()):
        client.get(path)
        assert cache.get(page_cache._cache_key(request_factory.get(path))) is None


@override_settings(PAGE_CACHE_SECONDS=600)
def test_a_normal_page_is_cached_so_the_check_above_means_something(client, academy):
    # A published page for anonymous visitors does go into the page cache.
    f.site_settings()  # made on first use otherwise, which counts as a content change
    home = f.home_page()
    client.get(home.url)
    assert client.get(home.url)["X-Page-Cache"] == "hit"
