"""IDOR: every URL that takes the id, token or code of someone's personal data, tried with
other people's ids and tokens (issue 7, invariant 5).

The project's rule: guessing ids gives 404. The owner (or staff with the permission)
gets the page; another signed-in participant, a wrong token of the right shape and a
trainer of another edition get 404; an anonymous visitor of a login page is sent to the
login page; admin views refuse users without the permission (redirect or 403) and show
none of the participant's data either way.

The tables below list every such URL. test_every_url_with_an_id_or_token_is_covered
walks the URL conf and fails when a new one appears that is not in a table, so a new
download or personal page cannot go untested.

One set of people and registrations serves the whole module: it is made once inside a
transaction that is rolled back at the end (each test runs in a savepoint within it),
because issuing a certificate renders a PDF and that is too slow to repeat per test."""

import secrets
from types import SimpleNamespace

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from tests import factories as f
from tests.security.conftest import built_once

pytestmark = pytest.mark.django_db

NAME = ("Zwaantje", "Vertrouwelijk")
EMAIL = "zwaantje.vertrouwelijk@example.nl"
UNKNOWN_ID = 987654


def build_world():
    from academy.models import OutgoingMail
    from academy.payments.gateway import is_test_mode
    from academy.personal_feed import enable_feed
    from academy.services import payments as payment_services
    from academy.services import registration as services
    from academy.services.certificates import issue_certificate
    from tests.academy import certificate_builders as cb
    from tests.academy import conftest as c
    from tests.academy.test_invoices import (
        invoice_of,
        invoice_registration,
        paid_course,
        payment_settings,
    )

    assert is_test_mode(), "these tests use the local test mode of the payments"
    c.catalogue()
    payment_settings()
    user, person = c.user_with_participant(email=EMAIL, participant_type="professional")
    person.first_name, person.last_name = NAME
    person.save()

    # A finished, accredited course with an issued certificate.
    past = cb.finished_edition(cb.accredited_course(points="4.0"), sessions=2)
    done = cb.attend(
        cb.confirmed(
            past,
            person,
            wants_accreditation=True,
            register=cb.register("Registerplein"),
            register_number="46101234",
        )
    )
    certificate = issue_certificate(done, notify=False)
    # A paid course, paid by invoice (the invoice exists at once).
    invoiced = invoice_registration(person)
    invoice = invoice_of(invoiced)
    # A paid course still to be paid online, with a test-mode Checkout session.
    unpaid = services.register(c.edition(paid_course(), capacity=20).pk, person)
    payment = unpaid.payments.get()
    payment_services.start_checkout(
        payment, success_url="https://example.test/ok", cancel_url="https://example.test/no"
    )
    payment.refresh_from_db()
    enable_feed(person)
    mail = OutgoingMail.objects.create(
        key=f"idor-{person.pk}",
        kind="confirmation",
        registration=invoiced,
        to=EMAIL,
        subject=f"Aanmelding {NAME[0]} {NAME[1]}",
        body_text=f"Beste {NAME[0]} {NAME[1]}",
    )

    # Trainers: one on every edition of the owner, one on an unrelated edition.
    own_trainer = f.user(groups=["Trainers"])
    trainer_person = f.person(
        first_name="Tineke", last_name="Eigen", is_trainer=True, user=own_trainer
    )
    for edition in (past, invoiced.edition, unpaid.edition):
        edition.trainers.add(trainer_person)
        edition.save()  # a ParentalManyToManyField is written when its edition is saved
    other_trainer = f.user(groups=["Trainers"])
    elsewhere = c.edition(capacity=5)
    elsewhere.trainers.add(
        f.person(first_name="Tom", last_name="Ander", is_trainer=True, user=other_trainer)
    )
    elsewhere.save()

    other_user, other_person = c.user_with_participant()
    theirs = invoice_registration(other_person)

    return SimpleNamespace(
        user=user,
        person=person,
        certificate=certificate,
        done=done,
        past=past,
        session=past.sessions.order_by("start").first(),
        register=cb.register("Registerplein"),
        invoiced=invoiced,
        invoice=invoice,
        unpaid=unpaid,
        payment=payment,
        invoice_payment=invoice.payment,
        mail=mail,
        own_trainer=own_trainer,
        other_trainer=other_trainer,
        other_user=other_user,
        theirs=theirs,
        staff=f.superuser(),
        editor=f.redacteur(),
    )


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    yield from built_once(build_world, django_db_blocker)


def wrong_token():
    """Well-formed: the same alphabet and length as the real tokens."""
    return secrets.token_urlsafe(32)


def shows_personal_data(response):
    if getattr(response, "streaming", False):
        body = b"".join(response.streaming_content)
    else:
        body = response.content
    text = body.decode("utf-8", "replace")
    return EMAIL in text or NAME[1] in text


def sent_to_login(response, login="account_login"):
    return response.status_code == 302 and reverse(login) in response["Location"]


def refused_by_admin(response):
    """Wagtail answers PermissionDenied with a redirect to the dashboard (or a 403)."""
    if response.status_code == 302:
        return response["Location"] == reverse("wagtailadmin_home")
    return response.status_code in (403, 404)


def ok(response):
    return 200 <= response.status_code < 400


# Public pages and downloads ------------------------------------------------------------------
#
# name: (kind, method, kwargs of the owner's object)
#   login: behind the login, the id is the owner's; another participant must get 404.
#   token: the token in the URL is the secret; a wrong token must give 404.

PUBLIC = {
    "academy:registration": ("token", "get", lambda w: {"token": w.invoiced.token}),
    "academy:offer": ("token", "get", lambda w: {"token": w.invoiced.token}),
    "academy:pay": ("token", "post", lambda w: {"token": w.unpaid.token}),
    "academy:payment_return": ("token", "get", lambda w: {"token": w.unpaid.token}),
    "academy:payment_cancelled": ("token", "get", lambda w: {"token": w.unpaid.token}),
    "academy:test_checkout": (
        "token",
        "get",
        lambda w: {"session_id": w.payment.checkout_session_id},
    ),
    "academy:certificate_by_token": ("token", "get", lambda w: {"token": w.done.token}),
    "academy:invoice_by_token": (
        "token",
        "get",
        lambda w: {"token": w.invoiced.token, "invoice_id": w.invoice.pk},
    ),
    "academy:feed": ("token", "get", lambda w: {"token": w.person.feed_token}),
    "academy:cancel": ("login", "get", lambda w: {"registration_id": w.invoiced.pk}),
    "academy:my_certificate": ("login", "get", lambda w: {"certificate_id": w.certificate.pk}),
    "academy:my_invoice": ("login", "get", lambda w: {"invoice_id": w.invoice.pk}),
}

# The check-in address is for trainers: the code is the participant's, the page is staff's.
CHECKIN = "academy:checkin"

# Ids that name nothing personal: an edition anyone may enrol in.
NOT_PERSONAL = {
    "academy:enrol": "the id of a published edition; the page shows no one's data",
}


def with_wrong_secret(name, kwargs):
    wrong = dict(kwargs)
    for key in ("token", "session_id"):
        if key in wrong:
            wrong[key] = wrong_token()
    for key in ("registration_id", "certificate_id", "invoice_id"):
        if key in wrong and "token" not in wrong:
            wrong[key] = UNKNOWN_ID
    return wrong


def call(client, name, kwargs, method):
    return getattr(client, method)(reverse(name, kwargs=kwargs))


@pytest.mark.parametrize("name", sorted(PUBLIC))
def test_owner_gets_own_page(client, world, name):
    kind, method, kwargs = PUBLIC[name]
    if kind == "login":
        client.force_login(world.user)
    response = call(client, name, kwargs(world), method)
    assert ok(response), (name, response.status_code)


@pytest.mark.parametrize("name", sorted(PUBLIC))
def test_another_participant_gets_404(client, world, name):
    kind, method, kwargs = PUBLIC[name]
    client.force_login(world.other_user)
    if kind == "login":
        response = call(client, name, kwargs(world), method)
    else:
        # Signed in as someone else changes nothing: only the token counts, and theirs
        # (or a guessed one) does not open the owner's page.
        response = call(client, name, with_wrong_secret(name, kwargs(world)), method)
    assert response.status_code == 404, (name, response.status_code)
    assert not shows_personal_data(response)


@pytest.mark.parametrize("name", sorted(PUBLIC))
def test_anonymous_visitor(client, world, name):
    kind, method, kwargs = PUBLIC[name]
    if kind == "login":
        response = call(client, name, kwargs(world), method)
        assert sent_to_login(response), (name, response.status_code)
    else:
        response = call(client, name, with_wrong_secret(name, kwargs(world)), method)
        assert response.status_code == 404, (name, response.status_code)
    assert not shows_personal_data(response)


@pytest.mark.parametrize("name", sorted(n for n, v in PUBLIC.items() if v[0] == "login"))
def test_unknown_id_gives_404_to_the_owner(client, world, name):
    _kind, method, kwargs = PUBLIC[name]
    client.force_login(world.user)
    response = call(client, name, with_wrong_secret(name, kwargs(world)), method)
    assert response.status_code == 404


def test_invoice_token_of_another_registration_does_not_open_this_invoice(client, world):
    url = reverse(
        "academy:invoice_by_token",
        kwargs={"token": world.theirs.token, "invoice_id": world.invoice.pk},
    )
    assert client.get(url).status_code == 404


def test_owner_token_does_not_open_another_persons_invoice(client, world):
    from academy.models import Invoice

    theirs = Invoice.objects.get(payment__registration=world.theirs)
    url = reverse(
        "academy:invoice_by_token", kwargs={"token": world.invoiced.token, "invoice_id": theirs.pk}
    )
    assert client.get(url).status_code == 404


def test_another_participants_feed_token_is_a_different_feed(client, world):
    from academy.models import Participant
    from academy.personal_feed import enable_feed

    other = Participant.objects.get(user=world.other_user)
    response = client.get(reverse("academy:feed", kwargs={"token": enable_feed(other)}))
    assert response.status_code == 200
    assert not shows_personal_data(response)


def test_certificate_token_of_a_registration_without_certificate_is_404(client, world):
    url = reverse("academy:certificate_by_token", kwargs={"token": world.invoiced.token})
    assert client.get(url).status_code == 404


def test_enrol_with_unknown_edition_is_404(client, world):
    client.force_login(world.other_user)
    response = client.get(reverse("academy:enrol", kwargs={"edition_id": UNKNOWN_ID}))
    assert response.status_code == 404


# Check-in by code --------------------------------------------------------------------------


def checkin_url(code):
    return reverse(CHECKIN, kwargs={"code": code})


def test_checkin_trainer_of_the_edition_finds_the_code(client, world):
    client.force_login(world.own_trainer)
    response = client.get(checkin_url(world.invoiced.checkin_code))
    assert response.status_code != 404
    assert response.status_code < 500


@pytest.mark.parametrize("who", ["other_trainer", "own_trainer_wrong_code"])
def test_checkin_code_of_another_edition_or_a_wrong_code_is_404(client, world, who):
    if who == "other_trainer":
        client.force_login(world.other_trainer)
        code = world.invoiced.checkin_code
    else:
        client.force_login(world.own_trainer)
        code = "X" * len(world.invoiced.checkin_code)
    response = client.get(checkin_url(code))
    assert response.status_code == 404
    assert not shows_personal_data(response)


def test_checkin_participant_is_refused_without_a_look_up(client, world):
    """Not a 404: a participant is refused before the code is looked at, so the answer is
    the same for every code and says nothing about it."""
    client.force_login(world.other_user)
    response = client.get(checkin_url(world.invoiced.checkin_code))
    assert response.status_code == 403
    assert not shows_personal_data(response)


def test_checkin_anonymous_goes_to_the_login(client, world):
    response = client.get(checkin_url(world.invoiced.checkin_code))
    assert sent_to_login(response, "wagtailadmin_login")


# Admin (Wagtail) views -----------------------------------------------------------------------
#
# name: (kwargs of the owner's object, the own trainer may open it)


def _edition(w, **more):
    return {"pk": w.past.pk, **more}


ADMIN = {
    "academy_admin_invoice_pdf": (lambda w: {"invoice_id": w.invoice.pk}, False),
    "academy_editions:edit": (_edition, False),
    "academy_editions:delete": (_edition, False),
    "academy_editions:history": (_edition, False),
    "academy_editions:history_results": (_edition, False),
    "academy_editions:usage": (_edition, False),
    "academy_editions:registrations": (_edition, True),
    "academy_editions:register": (_edition, False),
    "academy_editions:mail": (_edition, False),
    "academy_editions:times_changed": (_edition, False),
    "academy_editions:cancel_edition": (_edition, False),
    "academy_editions:move": (lambda w: _edition(w, registration_pk=w.done.pk), False),
    "academy_editions:register_number": (lambda w: _edition(w, registration_pk=w.done.pk), False),
    "academy_editions:cancel_registration": (
        lambda w: _edition(w, registration_pk=w.done.pk),
        False,
    ),
    "academy_editions:accreditation": (_edition, False),
    "academy_editions:accreditation_numbers": (
        lambda w: _edition(w, register_pk=w.register.pk),
        False,
    ),
    "academy_editions:accreditation_txt": (lambda w: _edition(w, register_pk=w.register.pk), False),
    "academy_editions:accreditation_csv": (lambda w: _edition(w, register_pk=w.register.pk), False),
    "academy_editions:accreditation_xlsx": (
        lambda w: _edition(w, register_pk=w.register.pk),
        False,
    ),
    "academy_editions:roster": (lambda w: _edition(w, session_pk=w.session.pk), True),
    "academy_editions:presence_list": (lambda w: _edition(w, session_pk=w.session.pk), True),
    "academy_editions:certificates": (_edition, False),
    "academy_editions:complete_edition": (_edition, False),
    "academy_editions:certificates_zip": (_edition, False),
    "academy_editions:issue_certificate": (lambda w: _edition(w, registration_pk=w.done.pk), False),
    "academy_editions:assessment": (lambda w: _edition(w, registration_pk=w.done.pk), False),
    "academy_editions:certificate_download": (
        lambda w: _edition(w, certificate_pk=w.certificate.pk),
        False,
    ),
    "academy_editions:revoke_certificate": (
        lambda w: _edition(w, certificate_pk=w.certificate.pk),
        False,
    ),
    "academy_editions:reissue_certificate": (
        lambda w: _edition(w, certificate_pk=w.certificate.pk),
        False,
    ),
    "academy_payments:inspect": (lambda w: {"pk": w.payment.pk}, False),
    "academy_payments:refund": (lambda w: {"pk": w.payment.pk}, False),
    "academy_payments:mark_paid": (lambda w: {"pk": w.invoice_payment.pk}, False),
    "academy_participants:edit": (lambda w: {"pk": w.person.pk}, False),
    "academy_participants:delete": (lambda w: {"pk": w.person.pk}, False),
    "academy_participants:data": (lambda w: {"pk": w.person.pk}, False),
    "academy_participants:erase": (lambda w: {"pk": w.person.pk}, False),
    "academy_participants:history": (lambda w: {"pk": w.person.pk}, False),
    "academy_participants:history_results": (lambda w: {"pk": w.person.pk}, False),
    "academy_participants:usage": (lambda w: {"pk": w.person.pk}, False),
    "academy_registers:edit": (lambda w: {"pk": w.register.pk}, False),
    "academy_registers:delete": (lambda w: {"pk": w.register.pk}, False),
    "academy_registers:history": (lambda w: {"pk": w.register.pk}, False),
    "academy_registers:history_results": (lambda w: {"pk": w.register.pk}, False),
    "academy_registers:usage": (lambda w: {"pk": w.register.pk}, False),
    "academy_mail:inspect": (lambda w: {"pk": w.mail.pk}, False),
}

# Registers are reference data (no one's personal data), but editors must not change them.
REFERENCE_DATA = {name for name in ADMIN if name.startswith("academy_registers:")}


def admin_url(world, name, **change):
    kwargs = ADMIN[name][0](world)
    kwargs.update(change)
    return reverse(name, kwargs=kwargs)


@pytest.mark.parametrize("name", sorted(ADMIN))
def test_admin_staff_with_permission_finds_the_object(client, world, name):
    client.force_login(world.staff)
    response = client.get(admin_url(world, name))
    # 405: a POST-only action; it found nothing to refuse, the object is there.
    assert ok(response) or response.status_code in (405, 409), (name, response.status_code)


@pytest.mark.parametrize("name", sorted(ADMIN))
def test_admin_unknown_id_is_404(client, world, name):
    client.force_login(world.staff)
    first_key = next(iter(ADMIN[name][0](world)))
    response = client.get(admin_url(world, name, **{first_key: UNKNOWN_ID}))
    assert response.status_code == 404, (name, response.status_code)


@pytest.mark.parametrize("name", sorted(ADMIN))
def test_admin_user_without_academy_permission_is_refused(client, world, name):
    client.force_login(world.editor)
    response = client.get(admin_url(world, name))
    assert refused_by_admin(response), (name, response.status_code)
    assert not shows_personal_data(response)


@pytest.mark.parametrize("name", sorted(ADMIN))
def test_admin_participant_without_admin_access_is_refused(client, world, name):
    client.force_login(world.other_user)
    response = client.get(admin_url(world, name))
    assert response.status_code in (302, 403, 404), (name, response.status_code)
    assert not shows_personal_data(response)


@pytest.mark.parametrize("name", sorted(set(ADMIN) - REFERENCE_DATA))
def test_admin_trainer_of_another_edition_sees_nothing(client, world, name):
    client.force_login(world.other_trainer)
    response = client.get(admin_url(world, name))
    assert refused_by_admin(response), (name, response.status_code)
    assert not shows_personal_data(response)


@pytest.mark.parametrize("name", sorted(n for n, (_k, trainer) in ADMIN.items() if trainer))
def test_admin_trainer_of_the_edition_opens_it(client, world, name):
    client.force_login(world.own_trainer)
    assert ok(client.get(admin_url(world, name)))


@pytest.mark.parametrize("name", sorted(ADMIN))
def test_admin_anonymous_goes_to_the_login(client, world, name):
    response = client.get(admin_url(world, name))
    assert sent_to_login(response, "wagtailadmin_login"), (name, response.status_code)


# The WordPress import (cms) ------------------------------------------------------------------
#
# A run's page and report name drafts, private posts and authors of the old site: only staff
# who may import see them (tests/wordpress/test_admin_import.py covers the rest).

WORDPRESS_IMPORT = ("wordpress_import_run", "wordpress_import_report", "wordpress_import_restart")


@pytest.fixture
def wordpress_run():
    from cms.models.wordpress import WordPressImport

    return WordPressImport.objects.create(
        filename="export.xml", status="mislukt", report=f"Schrijver {EMAIL}"
    )


@pytest.mark.parametrize("name", WORDPRESS_IMPORT)
def test_wordpress_import_run_for_who_may_import_only(client, world, wordpress_run, name):
    url = reverse(name, kwargs={"pk": wordpress_run.pk})
    client.force_login(world.staff)  # a superuser
    # 405: a POST-only action; it found the run.
    assert ok(client.get(url)) or client.get(url).status_code == 405
    unknown = client.get(reverse(name, kwargs={"pk": UNKNOWN_ID}))
    assert unknown.status_code in (404, 405), (name, unknown.status_code)
    for user in (world.editor, world.own_trainer, world.other_user):
        client.force_login(user)
        for response in (client.get(url), client.post(url)):
            assert response.status_code in (302, 403, 405), (name, response.status_code)
            assert not shows_personal_data(response)
        assert client.post(url).status_code in (302, 403), name
    wordpress_run.refresh_from_db()
    assert wordpress_run.status == "mislukt"  # not started again by anyone refused
    client.logout()
    assert client.get(url).status_code in (302, 405)


# The guard: a new URL with an id, token or code must be added to a table above ----------------

CONVERTER_NAMES = {"int", "str", "slug", "uuid", "path"}


def _patterns_with_converters(patterns, namespace=None, has_converter=False):
    for entry in patterns:
        converters = getattr(entry.pattern, "converters", {}) or {}
        here = has_converter or bool(converters)
        if isinstance(entry, URLResolver):
            inner = namespace
            if entry.namespace:
                inner = f"{namespace}:{entry.namespace}" if namespace else entry.namespace
            yield from _patterns_with_converters(entry.url_patterns, inner, here)
        elif isinstance(entry, URLPattern) and here:
            name = f"{namespace}:{entry.name}" if namespace and entry.name else entry.name
            yield name, entry.lookup_str


def ours(name, module):
    """Academy and cms URLs, including Wagtail's generic views inside our viewsets."""
    return (name or "").startswith("academy") or module.startswith(("academy.", "cms."))


def test_every_url_with_an_id_or_token_is_covered():
    found = {
        name or module
        for name, module in _patterns_with_converters(get_resolver().url_patterns)
        if ours(name, module)
    }
    covered = set(PUBLIC) | set(ADMIN) | set(NOT_PERSONAL) | {CHECKIN} | set(WORDPRESS_IMPORT)
    missing = sorted(found - covered)
    assert not missing, (
        "New URLs take an id, token or code; add them to the IDOR tables in "
        f"tests/security/test_idor.py: {missing}"
    )
    # And the tables name no URL that is gone (a renamed URL would go untested).
    assert not covered - found, sorted(covered - found)
