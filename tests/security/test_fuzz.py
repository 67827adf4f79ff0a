"""Fuzzing the public forms, query parameters and token addresses (issue 7): whatever a
visitor, a bot or a broken link sends, the answer is never a server error.

Hypothesis makes the input: text with control characters and NUL bytes, very long text,
numbers and dates written in odd ways, repeated keys, unknown keys, raw query strings with
broken percent-encoding, random JSON for the Stripe webhook. The Django test client raises
the view's exception instead of answering 500, so an exception fails the test with the
input that caused it (derandomize: CI and a laptop try the same inputs).

One set of pages and people serves the whole module: made once inside a transaction that
is rolled back at the end, like tests/security/test_idor.py. A POST that may change things
runs in a savepoint that is rolled back, so every example starts from the same state."""

import datetime as dt
import json
import urllib.parse
from contextlib import contextmanager
from types import SimpleNamespace

import pytest
from django.db import transaction
from django.urls import reverse
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests import factories as f
from tests.academy.conftest_stripe import sign, stripe_api_fixture  # noqa: F401
from tests.security.conftest import built_once

pytestmark = pytest.mark.django_db

FUZZ = settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
FEW = settings(FUZZ, max_examples=20)

# Strategies -------------------------------------------------------------------------------

# Surrogates cannot be sent as UTF-8 by any client, so they are left out.
_chars = st.characters(blacklist_categories=("Cs",))
control_text = st.text(st.characters(max_codepoint=0x1F) | st.sampled_from("\x00\x7f\u200b"))
# PostgreSQL refuses NUL in text: a NUL that reaches a query is a 500, so it gets its own.
with_nul = st.builds(
    lambda before, after: f"{before}\x00{after}", st.text(_chars, max_size=8), st.text(max_size=8)
)
long_text = st.tuples(st.text(_chars, min_size=1, max_size=4), st.integers(50, 3000)).map(
    lambda pair: pair[0] * pair[1]
)
numbers = st.one_of(
    st.integers(),
    st.integers(min_value=10**18, max_value=10**40),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(["-0", "0x1F", "1e400", "1_000", "٣", "Ⅻ", "00001", " 2 ", "+1"]),
).map(str)
_date_formats = ["%Y-%m-%d", "%d-%m-%Y", "%Y/%m/%d", "%d %B %Y", "%Y%m%d", "%Y-%m-%dT%H:%M"]
odd_dates = st.one_of(
    st.builds(lambda day, fmt: day.strftime(fmt), st.datetimes(), st.sampled_from(_date_formats)),
    st.sampled_from(
        ["0000-00-00", "2027-02-30", "9999-12-31", "0001-01-01", "10000-01-01", "-1-01-01"]
    ),
)


def values(known=()):
    """One value for a field: junk of every kind, or a value the page knows (so the
    junk in other fields meets real filters too)."""
    options = [st.text(_chars, max_size=40), control_text, with_nul, long_text, numbers, odd_dates]
    if known:
        options.append(st.sampled_from(list(known)))
    return st.one_of(*options)


def query(keys, known=None):
    """A query as a dict of lists: the form's keys (some repeated) and unknown ones."""
    known = known or {}
    field = st.sampled_from(list(keys)).flatmap(
        lambda key: st.tuples(
            st.just(key), st.lists(values(known.get(key, ())), min_size=1, max_size=3)
        )
    )
    unknown = st.tuples(st.text(_chars, max_size=12), st.lists(values(), min_size=1, max_size=2))

    def merged(pairs):
        params = {}
        for key, items in pairs:
            params.setdefault(key, []).extend(items)
        return params

    return st.lists(field | unknown, max_size=len(keys) + 2).map(merged)


# A query string as it arrives, broken percent-encoding and invalid UTF-8 included.
raw_query = st.one_of(
    st.binary(max_size=200).map(lambda raw: urllib.parse.quote_from_bytes(raw, safe="=&%+")),
    st.text(_chars, max_size=200).map(lambda text: urllib.parse.quote(text, safe="=&%+;")),
)
# What fits in a <str:...> segment of a URL.
path_token = st.one_of(
    st.text(_chars.filter(lambda char: char != "/"), min_size=1, max_size=80),
    long_text.filter(lambda text: "/" not in text and text),
    with_nul.filter(lambda text: "/" not in text),
    numbers,
)


def check(response):
    # Anything from 500 up is a bug; the client raises most of them before this point.
    assert response.status_code < 500, response.status_code
    return response


@contextmanager
def rolled_back():
    """Whatever the request changes is undone, so the next example sees the same data."""
    with transaction.atomic():
        yield
        transaction.set_rollback(True)


def post_rolled_back(client, url, data, **extra):
    with rolled_back():
        return check(client.post(url, data, **extra))


# The data -----------------------------------------------------------------------------------


def build_world():
    from academy.models import AccreditationRegister
    from academy.payments.gateway import is_test_mode
    from academy.personal_feed import enable_feed
    from academy.services import payments as payment_services
    from academy.services import registration as services
    from tests.academy import certificate_builders as cb
    from tests.academy import conftest as c
    from tests.academy.test_invoices import paid_course, payment_settings
    from tests.events import conftest as ev

    assert is_test_mode(), "the checkout test uses the local test mode of the payments"
    payment_settings()
    today = dt.date.today()
    agenda = ev.agenda()
    event = ev.event(
        title="Werkcafé fuzz",
        slug="werkcafe-fuzz",
        dates=[(today + dt.timedelta(days=3), "19:30", "21:00")],
    )
    news = f.news_index()
    f.news_item(news, title="Nieuwsbericht", slug="nieuwsbericht")
    blog = f.blog_index()
    f.blog_item(blog, title="Blog uit de wijk", slug="blog-uit-de-wijk")

    catalogue = c.catalogue()
    # A paid, accredited course that asks every question: the enrol form at its widest.
    course = cb.accredited_course(
        prices={"vrijwilliger": 2500, "professional": 4500},
        ask_dietary=True,
        ask_accessibility=True,
        ask_motivation=True,
    )
    wide = c.edition(course, capacity=20)
    # Someone without a name yet is asked for the profile fields as well.
    newcomer, newcomer_person = c.user_with_participant(participant_type="professional")
    newcomer_person.first_name = newcomer_person.last_name = ""
    newcomer_person.save()

    user, person = c.user_with_participant(participant_type="professional")
    register = AccreditationRegister.objects.order_by("pk").first()
    person.professional_registrations.create(register=register, number="46101234")
    enable_feed(person)
    confirmed = services.register(c.edition(capacity=10).pk, person)
    unpaid = services.register(c.edition(paid_course(), capacity=20).pk, person)
    payment = unpaid.payments.get()
    payment_services.start_checkout(
        payment, success_url="https://example.test/ok", cancel_url="https://example.test/no"
    )
    payment.refresh_from_db()
    return SimpleNamespace(
        staff=f.superuser(),
        agenda=agenda,
        event=event,
        news=news,
        blog=blog,
        catalogue=catalogue,
        wide=wide,
        newcomer=newcomer,
        user=user,
        person=person,
        register=register,
        confirmed=confirmed,
        unpaid=unpaid,
        payment=payment,
    )


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    yield from built_once(build_world, django_db_blocker)


def _slugs(model_label):
    from django.apps import apps

    return apps.get_model(model_label).objects.values_list("slug", flat=True)


@pytest.fixture
def known(world):
    """Values the filter forms accept, to mix with the junk."""
    return {
        "soort": list(_slugs("events.EventKind")),
        "wijk": list(_slugs("cms.Wijk")),
        "doelgroep": list(_slugs("cms.Audience")),
        "thema": list(_slugs("cms.Theme")),
        "vorm": ["online", "op-locatie"],
        "van": [dt.date.today().isoformat()],
        "tot": [(dt.date.today() + dt.timedelta(days=30)).isoformat()],
        "page": ["1", "2", "0", "-1"],
        "kosten": ["gratis", "betaald"],
        "accreditatie": ["on", "1", "true"],
    }


# Query parameters ----------------------------------------------------------------------------

AGENDA_KEYS = ("q", "soort", "wijk", "doelgroep", "thema", "vorm", "van", "tot", "page")


def _catalogue_keys():
    from academy.filters import CatalogueFilterForm

    return (*CatalogueFilterForm.base_fields, "page")


@FUZZ
@given(data=st.data())
def test_agenda_filters(client, world, known, data):
    params = data.draw(query(AGENDA_KEYS, known))
    check(client.get(world.agenda.url, params))
    check(client.get(world.agenda.url + "archief/", params))


@FUZZ
@given(data=st.data())
def test_academy_catalogue_filters(client, world, known, data):
    check(client.get(world.catalogue.url, data.draw(query(_catalogue_keys(), known))))


@FUZZ
@given(params=query(("q", "page")))
@example(params={"q": ["\x00"]})
@example(params={"q": ["a" * 5000], "page": ["1e400"]})
@example(params={"q": ["\"'&|!():*<>"], "page": ["99999999999999999999"]})
def test_site_search(client, world, params):
    check(client.get(reverse("search"), params))


@FEW
@given(params=query(("page",), {"page": ["1", "2", "0"]}))
def test_news_and_blog_pages(client, world, params):
    for index in (world.news, world.blog):
        check(client.get(index.url, params))


@FUZZ
@given(params=query(("code",)))
def test_certificate_verification(client, world, params):
    check(client.get(reverse("academy:verify_certificate"), params))


@FUZZ
@given(raw=raw_query, which=st.integers(0, 6))
def test_raw_query_strings_everywhere(client, world, raw, which):
    url = [
        world.agenda.url,
        world.agenda.url + "ical/",
        world.catalogue.url,
        reverse("search"),
        world.news.url,
        reverse("academy:verify_certificate"),
        world.event.url + "ical/",
    ][which]
    check(client.get(url, QUERY_STRING=raw))


@FUZZ
@given(data=st.data())
def test_calendar_feeds(client, world, known, data):
    params = data.draw(query(AGENDA_KEYS, known))
    for url in (
        world.agenda.url + "ical/",
        world.event.url + "ical/",
        reverse("academy:feed", args=[world.person.feed_token]),
        world.news.url + "rss/",
        world.blog.url + "atom/",
    ):
        check(client.get(url, params))


@FUZZ
@given(token=path_token, which=st.integers(0, 7))
@example(token="\x00", which=0)
@example(token="abc\x00def", which=5)
@example(token="\x00", which=6)
@example(token="\x00", which=7)
@example(token="x" * 5000, which=1)
def test_random_tokens_in_addresses(client, world, token, which):
    name = [
        "academy:registration",
        "academy:offer",
        "academy:pay",
        "academy:payment_return",
        "academy:payment_cancelled",
        "academy:test_checkout",
        "academy:checkin",
        "academy:feed",
    ][which]
    if name == "academy:checkin":  # for trainers and staff only
        client.force_login(world.staff)
    check(client.get(reverse(name, args=[token])))
    if name in ("academy:registration", "academy:offer", "academy:test_checkout"):
        post_rolled_back(client, reverse(name, args=[token]), {"action": token})


# Forms --------------------------------------------------------------------------------------

ENROL_FIELDS = (
    "first_name",
    "last_name",
    "phone",
    "participant_type",
    "dietary",
    "accessibility",
    "motivation",
    "wants_accreditation",
    "register",
    "register_number",
    "payment_method",
    "billing_organisation",
    "billing_contact",
    "billing_address",
    "billing_postcode",
    "billing_city",
    "billing_reference",
    "billing_email",
)


@pytest.fixture
def enrol_known(world, known):
    return {
        **known,
        "participant_type": ["vrijwilliger", "professional", "mantelzorger"],
        "wants_accreditation": ["on"],
        "register": [str(world.register.pk)],
        "register_number": ["46101234"],
        "payment_method": ["online", "factuur", "ideal"],
        "billing_postcode": ["1315 AB", "1315ab", "0123 AB"],
        "billing_email": ["naam@organisatie.nl", "@", "a@b"],
    }


@FUZZ
@given(data=st.data(), newcomer=st.booleans())
def test_enrol_form(client, world, enrol_known, data, newcomer):
    client.force_login(world.newcomer if newcomer else world.user)
    form = data.draw(query(ENROL_FIELDS, enrol_known))
    post_rolled_back(client, reverse("academy:enrol", args=[world.wide.pk]), form)


PROFILE_FIELDS = (
    "first_name",
    "last_name",
    "phone",
    "organisation",
    "wijk",
    "participant_type",
    "registers-TOTAL_FORMS",
    "registers-INITIAL_FORMS",
    "registers-MIN_NUM_FORMS",
    "registers-MAX_NUM_FORMS",
    "registers-0-id",
    "registers-0-register",
    "registers-0-number",
    "registers-0-DELETE",
    "registers-1-id",
    "registers-1-register",
    "registers-1-number",
)


@FUZZ
@given(data=st.data())
def test_profile_form(client, world, known, data):
    from cms.models import Wijk

    row = world.person.professional_registrations.get()
    client.force_login(world.user)
    form = data.draw(
        query(
            PROFILE_FIELDS,
            {
                **known,
                "wijk": [str(pk) for pk in Wijk.objects.values_list("pk", flat=True)[:3]],
                "participant_type": ["vrijwilliger", "professional"],
                "registers-TOTAL_FORMS": ["1", "2", "1000", "-1"],
                "registers-INITIAL_FORMS": ["0", "1", "5"],
                "registers-0-id": [str(row.pk)],
                "registers-0-register": [str(world.register.pk)],
                "registers-1-register": [str(world.register.pk)],
                "registers-0-number": ["46101234"],
                "registers-0-DELETE": ["on"],
            },
        )
    )
    post_rolled_back(client, reverse("academy:profile"), form)


@FUZZ
@given(data=st.data())
def test_registration_page_actions(client, world, data):
    form = data.draw(query(("action", "confirm"), {"action": ["cancel"], "confirm": ["yes"]}))
    post_rolled_back(client, reverse("academy:registration", args=[world.confirmed.token]), form)
    post_rolled_back(client, reverse("academy:registration", args=[world.unpaid.token]), form)


@FEW
@given(data=st.data())
def test_test_checkout_actions(client, world, data):
    form = data.draw(query(("action",), {"action": ["cancel", "ideal", "card", "fail", "expire"]}))
    url = reverse("academy:test_checkout", args=[world.payment.checkout_session_id])
    post_rolled_back(client, url, form)


# The Stripe webhook --------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(_chars),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.text(_chars, max_size=12), children, max_size=4)
    ),
    max_leaves=12,
)
event_types = st.sampled_from(
    [
        "checkout.session.completed",
        "checkout.session.async_payment_succeeded",
        "checkout.session.async_payment_failed",
        "checkout.session.expired",
        "charge.refunded",
        "refund.updated",
        "payment_intent.succeeded",
    ]
) | st.text(_chars, max_size=30)
stripe_events = st.fixed_dictionaries(
    {"type": event_types},
    optional={
        "id": st.text(_chars, max_size=40) | st.integers(),
        "object": st.sampled_from(["event", "v2.core.event"]) | json_values,
        "created": st.integers() | json_values,
        "livemode": st.booleans() | json_values,
        "data": st.fixed_dictionaries(
            {},
            optional={
                "object": st.dictionaries(
                    st.sampled_from(
                        [
                            "id",
                            "object",
                            "payment_status",
                            "payment_intent",
                            "client_reference_id",
                            "metadata",
                            "amount_total",
                            "amount_refunded",
                            "refunds",
                            "status",
                            "charge",
                        ]
                    ),
                    json_values,
                )
                | json_values
            },
        )
        | json_values,
    },
)


@FUZZ
@given(
    body=st.binary(max_size=300) | st.text(_chars, max_size=300).map(str.encode),
    signature=st.none() | st.text(_chars, max_size=120) | control_text,
    content_type=st.sampled_from(["application/json", "text/plain", "", "x/\x00"]),
)
def test_stripe_webhook_with_random_bodies_and_headers(
    client, world, stripe_api, body, signature, content_type
):
    headers = {} if signature is None else {"HTTP_STRIPE_SIGNATURE": signature}
    post_rolled_back(client, reverse("stripe_webhook"), body, content_type=content_type, **headers)


@FUZZ
@given(event=stripe_events | json_values)
@example(event={"id": "evt_\x00", "type": "checkout.session.completed", "data": {"object": {}}})
@example(event={"id": "evt_1", "type": "charge.\x00", "data": {"object": {"id": "\x00"}}})
@example(
    event={
        "id": "evt_2",
        "type": "checkout.session.completed",
        "data": {"object": {"id": "cs_1", "metadata": {"\x00": "\x00"}}},
    }
)
@example(event=[[[[[]]]]] * 3)
def test_stripe_webhook_with_random_signed_events(client, world, stripe_api, event):
    """Signed correctly, so the event itself is read: it must be stored or refused, never
    break the webhook."""
    payload = json.dumps(event)
    post_rolled_back(
        client,
        reverse("stripe_webhook"),
        payload,
        content_type="application/json",
        HTTP_STRIPE_SIGNATURE=sign(payload),
    )


# Regressions: inputs the fuzzing above found that gave a 500 --------------------------------

TOKEN_ROUTES = [
    "academy:registration",
    "academy:offer",
    "academy:pay",
    "academy:payment_return",
    "academy:payment_cancelled",
    "academy:test_checkout",
    "academy:checkin",
    "academy:feed",
    "academy:certificate_by_token",
]


@pytest.mark.parametrize("name", TOKEN_ROUTES)
@pytest.mark.parametrize("token", ["\x00", "abc\x00def"])
def test_a_nul_byte_in_a_link_is_not_found(client, world, name, token):
    """%00 in the token of a link made PostgreSQL fail the lookup (a 500); now a 404."""
    if name == "academy:checkin":  # for trainers and staff only
        client.force_login(world.staff)
    url = reverse(name, args=[token])
    assert client.get(url).status_code in (404, 405)
    assert client.post(url, {"action": "cancel"}).status_code in (404, 405)


def test_a_nul_byte_in_an_invoice_link_is_not_found(client, world):
    url = reverse("academy:invoice_by_token", args=["\x00", 1])
    assert client.get(url).status_code == 404


@pytest.mark.parametrize(
    "event",
    [
        {"id": "evt_\x00", "type": "checkout.session.completed", "data": {"object": {}}},
        {"id": "evt_1", "type": "charge.\x00", "data": {"object": {}}},
        {"id": "evt_2", "type": "x", "data": {"object": {"metadata": {"\x00": "a"}}}},
        {"id": "evt_3", "type": "x", "data": {"object": {"list": [1, ["a\x00"]]}}},
    ],
)
def test_a_signed_event_with_a_nul_character_is_refused(client, stripe_api, event):
    """PostgreSQL stores NUL neither as text nor in jsonb: the event was a 500, which
    Stripe retries for days; it is a 400 (never right) now."""
    from academy.models import PaymentEvent

    payload = json.dumps(event)
    response = client.post(
        reverse("stripe_webhook"),
        payload,
        content_type="application/json",
        HTTP_STRIPE_SIGNATURE=sign(payload),
    )
    assert response.status_code == 400
    assert not PaymentEvent.objects.exists()


@pytest.mark.parametrize("depth", [900, 100_000])
def test_a_signed_body_nested_too_deep_is_refused(client, stripe_api, depth):
    """json.loads raises RecursionError (not a ValueError) on deep nesting: was a 500."""
    payload = "[" * depth + "]" * depth
    response = client.post(
        reverse("stripe_webhook"),
        payload,
        content_type="application/json",
        HTTP_STRIPE_SIGNATURE=sign(payload),
    )
    assert response.status_code == 400
