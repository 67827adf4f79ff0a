"""Paying for a training through the website, in the local test mode: enrol, the test
checkout, the pages a person returns to, paying by invoice, cancelling with a refund."""

import datetime as dt
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from academy.models import (
    Invoice,
    OutgoingMail,
    Payment,
    PaymentEvent,
    PaymentMethod,
    PaymentStatus,
    Refund,
    Registration,
    RegistrationStatus,
)
from academy.payments import testmode
from academy.payments.gateway import GatewayError
from academy.services import payments
from academy.services import registration as services

from .conftest import course, edition, participant, user_with_participant

pytestmark = pytest.mark.django_db

S = RegistrationStatus
P = PaymentStatus
BILLING = {
    "payment_method": "factuur",
    "billing_organisation": "Zorggroep Almere",
    "billing_contact": "Afdeling opleidingen",
    "billing_address": "Stationsplein 1",
    "billing_postcode": "1315ab",
    "billing_city": "Almere",
    "billing_reference": "PO-7781",
    "billing_email": "crediteuren@zorggroep.example",
}


def paid_edition(capacity=5, refund_percent=100, **fields):
    page = course(
        title="Gesprekstechnieken", prices={"professional": 4500}, refund_percent=refund_percent
    )
    return edition(page, capacity=capacity, **fields)


def signed_in_professional(client):
    user, person = user_with_participant(participant_type="professional")
    client.force_login(user)
    return person


def enrol(client, ed, data=None):
    return client.post(reverse("academy:enrol", args=[ed.pk]), data or {"payment_method": "online"})


def mail_kinds(registration):
    return sorted(
        OutgoingMail.objects.filter(registration=registration).values_list("kind", flat=True)
    )


def checkout_path_prefix():
    return reverse("academy:test_checkout", kwargs={"session_id": "x"}).rsplit("x/", 1)[0]


def enrol_and_reach_checkout(client, ed):
    response = enrol(client, ed)
    assert response.status_code == 302
    assert response["Location"].startswith(checkout_path_prefix())
    return response["Location"]


def pay_in_test_checkout(client, checkout_url, action="ideal"):
    return client.post(checkout_url, {"action": action})


# Enrolling and paying -----------------------------------------------------------------------


def test_enrol_page_shows_price_refund_rule_and_how_to_pay(client, academy):
    ed = paid_edition(refund_percent=50)
    signed_in_professional(client)
    html = client.get(reverse("academy:enrol", args=[ed.pk])).content.decode()
    assert "€ 45,00" in html
    assert "Hoe wilt u betalen?" in html
    assert "Op factuur (voor organisaties)" in html
    assert "50% van het bedrag terug" in html
    # The deadline as people write it ("dinsdag 22 december 2026, 19.30 uur"), never the
    # letters of a format name.
    assert re.search(r"Meldt u zich af vóór \w+ \d{1,2} \w+ \d{4}, \d{1,2}\.\d{2} uur\?", html)
    assert 'name="billing_organisation"' in html and 'name="billing_postcode"' in html


def test_volunteer_in_a_free_training_is_not_asked_how_to_pay(client, academy):
    ed = paid_edition()
    user, _person = user_with_participant(participant_type="vrijwilliger")
    client.force_login(user)
    html = client.get(reverse("academy:enrol", args=[ed.pk])).content.decode()
    assert "Hoe wilt u betalen?" not in html
    response = enrol(client, ed, {})
    assert response.status_code == 302
    assert Registration.objects.get(edition=ed).status == S.CONFIRMED


def test_paid_enrolment_holds_the_place_pays_in_test_checkout_and_confirms(client, academy):
    ed = paid_edition()
    person = signed_in_professional(client)
    checkout_url = enrol_and_reach_checkout(client, ed)
    registration = Registration.objects.get(edition=ed, participant=person)
    assert registration.status == S.AWAITING_PAYMENT
    payment = Payment.objects.get(registration=registration)
    assert payment.status == P.OPEN and payment.provider == "test"
    assert payment.amount_cents == 4500
    assert "confirmation" not in mail_kinds(registration)

    page = client.get(checkout_url)
    assert page.status_code == 200
    html = page.content.decode()
    assert "Testmodus – er wordt niet echt betaald" in html
    assert "€ 45,00" in html and "Gesprekstechnieken" in html
    for label in ("Betalen met iDEAL (test)", "Betalen met creditcard (test)", "Afbreken"):
        assert label in html

    response = pay_in_test_checkout(client, checkout_url)
    assert response.status_code == 302
    assert response["Location"] == reverse("academy:payment_return", args=[registration.token])
    registration.refresh_from_db()
    payment.refresh_from_db()
    assert registration.status == S.CONFIRMED
    assert payment.status == P.PAID
    assert payment.events.get().source == "test"
    assert "confirmation" in mail_kinds(registration)

    landing = client.get(response["Location"]).content.decode()
    assert "Betaald. U bent aangemeld." in landing
    assert 'http-equiv="refresh"' not in landing
    registration_page = client.get(reverse("academy:registration", args=[registration.token]))
    assert "Betaald: € 45,00" in registration_page.content.decode()


def test_paying_twice_in_the_test_checkout_changes_nothing_the_second_time(client, academy):
    ed = paid_edition()
    signed_in_professional(client)
    checkout_url = enrol_and_reach_checkout(client, ed)
    pay_in_test_checkout(client, checkout_url)
    again = pay_in_test_checkout(client, checkout_url, "fail")
    assert again.status_code == 409
    registration = Registration.objects.get(edition=ed)
    assert registration.status == S.CONFIRMED
    assert PaymentEvent.objects.count() == 1


def test_failed_payment_releases_the_place_and_offers_it_to_the_waiting_list(client, academy):
    ed = paid_edition(capacity=1)
    signed_in_professional(client)
    checkout_url = enrol_and_reach_checkout(client, ed)
    waiting = services.register(ed.pk, participant(participant_type="vrijwilliger"))
    assert waiting.status == S.WAITING

    response = pay_in_test_checkout(client, checkout_url, "fail")
    assert response.status_code == 302
    registration = Registration.objects.get(edition=ed, status=S.NOT_PAID)
    assert Payment.objects.get(registration=registration).status == P.FAILED
    waiting.refresh_from_db()
    assert waiting.status == S.OFFERED
    assert "payment_not_received" in mail_kinds(registration)
    assert "offer" in mail_kinds(waiting)

    html = client.get(response["Location"]).content.decode()
    assert "Niet betaald" in html and 'http-equiv="refresh"' not in html
    page = client.get(reverse("academy:registration", args=[registration.token])).content.decode()
    assert "Uw plek is vrijgegeven." in page
    assert reverse("academy:enrol", args=[ed.pk]) in page


def test_letting_the_test_payment_expire_releases_the_place(client, academy):
    ed = paid_edition()
    signed_in_professional(client)
    checkout_url = enrol_and_reach_checkout(client, ed)
    pay_in_test_checkout(client, checkout_url, "expire")
    registration = Registration.objects.get(edition=ed)
    assert registration.status == S.NOT_PAID
    assert Payment.objects.get(registration=registration).status == P.EXPIRED


def test_return_page_waits_and_changes_nothing(client, academy):
    ed = paid_edition()
    signed_in_professional(client)
    enrol_and_reach_checkout(client, ed)
    registration = Registration.objects.get(edition=ed)
    url = reverse("academy:payment_return", args=[registration.token])
    for _ in range(3):
        response = client.get(url)
        assert response.status_code == 200
        html = response.content.decode()
        assert "We wachten op de bevestiging van uw betaling" in html
        assert '<meta http-equiv="refresh" content="3">' in html
    assert client.post(url).status_code == 405
    registration.refresh_from_db()
    assert registration.status == S.AWAITING_PAYMENT
    assert Payment.objects.get(registration=registration).status == P.OPEN
    assert not PaymentEvent.objects.exists()


def test_return_page_stops_refreshing_while_the_bank_takes_days(client, academy):
    ed = paid_edition()
    signed_in_professional(client)
    enrol_and_reach_checkout(client, ed)
    registration = Registration.objects.get(edition=ed)
    payment = Payment.objects.get(registration=registration)
    payments.apply_outcome(payment, "processing", event_id="evt_slow", source="test")
    html = client.get(reverse("academy:payment_return", args=[registration.token])).content
    html = html.decode()
    assert "Uw bank verwerkt de betaling nog" in html
    assert 'http-equiv="refresh"' not in html


def test_aborting_the_checkout_keeps_the_place_held_until_the_hold_ends(client, academy):
    ed = paid_edition()
    signed_in_professional(client)
    checkout_url = enrol_and_reach_checkout(client, ed)
    response = pay_in_test_checkout(client, checkout_url, "cancel")
    registration = Registration.objects.get(edition=ed)
    assert response["Location"] == reverse("academy:payment_cancelled", args=[registration.token])
    html = client.get(response["Location"]).content.decode()
    payment = Payment.objects.get(registration=registration)
    until = timezone.localtime(payment.expires_at)
    until = f"{until.hour}.{until:%M}"  # Dutch style: 9.05, 19.30
    assert f"U hebt het betalen afgebroken. Uw plek wordt vastgehouden tot {until} uur." in html
    assert reverse("academy:pay", args=[registration.token]) in html
    assert 'name="action" value="cancel"' in html
    registration.refresh_from_db()
    assert registration.status == S.AWAITING_PAYMENT and payment.status == P.OPEN

    # "Nu betalen" goes back into the same checkout.
    again = client.post(reverse("academy:pay", args=[registration.token]))
    assert again.status_code == 302 and again["Location"] == checkout_url


def test_cancelling_an_unpaid_registration_ends_the_payment_and_frees_the_place(client, academy):
    ed = paid_edition()
    signed_in_professional(client)
    enrol_and_reach_checkout(client, ed)
    registration = Registration.objects.get(edition=ed)
    url = reverse("academy:registration", args=[registration.token])
    assert "U hebt nog niet betaald." in client.get(url).content.decode()
    assert client.post(url, {"action": "cancel"}).status_code == 302
    registration.refresh_from_db()
    assert registration.status == S.CANCELLED
    assert Payment.objects.get(registration=registration).status == P.CANCELLED
    assert client.post(reverse("academy:pay", args=[registration.token])).status_code == 302
    assert Payment.objects.get(registration=registration).status == P.CANCELLED


def test_provider_that_cannot_be_reached_keeps_the_place_and_offers_to_pay_again(
    client, academy, monkeypatch
):
    def unreachable(self, *args, **kwargs):
        raise GatewayError()

    monkeypatch.setattr(testmode.TestModeGateway, "create_checkout", unreachable)
    ed = paid_edition()
    signed_in_professional(client)
    response = enrol(client, ed)
    assert response.status_code == 503
    html = response.content.decode()
    assert "Betalen lukt nu niet." in html
    assert "Nu betalen" in html
    registration = Registration.objects.get(edition=ed)
    assert registration.status == S.AWAITING_PAYMENT
    assert Payment.objects.get(registration=registration).status == P.OPEN


# Paying by invoice ---------------------------------------------------------------------------


def test_pay_by_invoice_confirms_and_mails_the_invoice(client, academy):
    ed = paid_edition()
    person = signed_in_professional(client)
    response = enrol(client, ed, BILLING)
    registration = Registration.objects.get(edition=ed, participant=person)
    assert response.status_code == 302
    assert response["Location"] == reverse("academy:registration", args=[registration.token])
    assert registration.status == S.CONFIRMED
    payment = Payment.objects.get(registration=registration)
    assert payment.method == PaymentMethod.INVOICE and payment.status == P.OPEN
    assert payment.billing_organisation == "Zorggroep Almere"
    assert payment.billing_postcode == "1315 AB"
    assert payment.billing_reference == "PO-7781"
    invoice = Invoice.objects.get(payment=payment, kind=Invoice.Kind.INVOICE)
    assert re.fullmatch(r"\d{4}-\d{4}", invoice.number)
    assert mail_kinds(registration) == ["confirmation", "invoice"]

    html = client.get(response["Location"]).content.decode()
    assert "U betaalt op factuur: € 45,00." in html
    assert f"Factuurnummer: {invoice.number}." in html


def test_bad_billing_details_get_messages_by_the_fields_and_save_nothing(client, academy):
    ed = paid_edition()
    signed_in_professional(client)
    data = {
        **BILLING,
        "billing_organisation": " ",
        "billing_postcode": "13155",
        "billing_email": "geen-adres",
    }
    response = enrol(client, ed, data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Vul de naam van de organisatie in." in html
    assert "Vul een Nederlandse postcode in" in html
    assert "Vul een geldig e-mailadres in" in html
    assert 'href="#id_billing_organisation"' in html and 'href="#id_billing_postcode"' in html
    assert not Registration.objects.exists()
    assert not Payment.objects.exists() and not Invoice.objects.exists()


def test_unknown_payment_method_is_400(client, academy):
    ed = paid_edition()
    signed_in_professional(client)
    assert enrol(client, ed, {"payment_method": "bitcoin"}).status_code == 400
    assert not Registration.objects.exists()


# Cancelling and refunds ------------------------------------------------------------------------


def test_cancelling_in_time_refunds_the_courses_share(
    client, academy, django_capture_on_commit_callbacks
):
    ed = paid_edition(refund_percent=50)
    signed_in_professional(client)
    pay_in_test_checkout(client, enrol_and_reach_checkout(client, ed))
    registration = Registration.objects.get(edition=ed)
    url = reverse("academy:registration", args=[registration.token])
    assert "U krijgt € 22,50 terug." in client.get(url).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"action": "cancel"})
    assert response.status_code == 302
    registration.refresh_from_db()
    assert registration.status == S.CANCELLED
    refund = Refund.objects.get(payment__registration=registration)
    assert refund.amount_cents == 2250 and refund.automatic
    assert refund.status == Refund.Status.SUCCEEDED
    assert Invoice.objects.filter(refund=refund, kind=Invoice.Kind.CREDIT_NOTE).exists()
    assert "refund" in mail_kinds(registration)
    assert "Terugbetaald: € 22,50." in client.get(url).content.decode()


def test_after_the_deadline_a_paid_place_cannot_be_cancelled_online(client, academy):
    ed = paid_edition(cancellation_deadline=timezone.now() + dt.timedelta(days=1))
    signed_in_professional(client)
    pay_in_test_checkout(client, enrol_and_reach_checkout(client, ed))
    ed.cancellation_deadline = timezone.now() - dt.timedelta(minutes=1)
    ed.save()
    registration = Registration.objects.get(edition=ed)
    url = reverse("academy:registration", args=[registration.token])
    html = client.get(url).content.decode()
    assert "Afmelden via de website kan niet meer." in html
    assert "U krijgt" not in html
    assert client.post(url, {"action": "cancel"}).status_code == 409
    registration.refresh_from_db()
    assert registration.status == S.CONFIRMED
    assert not Refund.objects.exists()


def test_mine_cancel_page_says_what_is_refunded(client, academy):
    ed = paid_edition(refund_percent=100)
    signed_in_professional(client)
    pay_in_test_checkout(client, enrol_and_reach_checkout(client, ed))
    registration = Registration.objects.get(edition=ed)
    html = client.get(reverse("academy:cancel", args=[registration.pk])).content.decode()
    assert "U krijgt € 45,00 terug." in html


# Waiting list, Mijn academie ------------------------------------------------------------------


def test_accepting_a_paid_offer_leads_into_checkout(client, academy):
    ed = paid_edition(capacity=1)
    first = services.register(ed.pk, participant(participant_type="vrijwilliger"))
    person = signed_in_professional(client)
    waiting = services.register(ed.pk, person)
    services.cancel(first)
    waiting.refresh_from_db()
    assert waiting.status == S.OFFERED

    response = client.post(reverse("academy:offer", args=[waiting.token]), {"answer": "accept"})
    assert response.status_code == 302
    assert response["Location"].startswith(checkout_path_prefix())
    waiting.refresh_from_db()
    assert waiting.status == S.AWAITING_PAYMENT
    pay_in_test_checkout(client, response["Location"])
    waiting.refresh_from_db()
    assert waiting.status == S.CONFIRMED


def test_mine_shows_a_registration_that_waits_for_payment_with_a_pay_button(client, academy):
    ed = paid_edition()
    signed_in_professional(client)
    enrol_and_reach_checkout(client, ed)
    registration = Registration.objects.get(edition=ed)
    html = client.get(reverse("academy:mine")).content.decode()
    assert "Wacht op betaling" in html
    assert reverse("academy:pay", args=[registration.token]) in html


# Access -----------------------------------------------------------------------------------------


def test_test_checkout_is_not_there_when_stripe_is_configured(client, academy, settings):
    ed = paid_edition()
    signed_in_professional(client)
    checkout_url = enrol_and_reach_checkout(client, ed)
    settings.STRIPE_SECRET_KEY = "sk_test_not_a_real_key"
    assert client.get(checkout_url).status_code == 404
    assert pay_in_test_checkout(client, checkout_url).status_code == 404
    assert Registration.objects.get(edition=ed).status == S.AWAITING_PAYMENT


def test_unknown_tokens_and_sessions_are_404(client, academy):
    ed = paid_edition()
    signed_in_professional(client)
    enrol_and_reach_checkout(client, ed)
    token = "niet-van-u-" + "x" * 20
    assert client.post(reverse("academy:pay", args=[token])).status_code == 404
    assert client.get(reverse("academy:payment_return", args=[token])).status_code == 404
    assert client.get(reverse("academy:payment_cancelled", args=[token])).status_code == 404
    missing = reverse("academy:test_checkout", kwargs={"session_id": "test_cs_bestaat-niet"})
    assert client.get(missing).status_code == 404
    assert client.post(missing, {"action": "ideal"}).status_code == 404


def test_test_checkout_rejects_an_unknown_button(client, academy):
    ed = paid_edition()
    signed_in_professional(client)
    checkout_url = enrol_and_reach_checkout(client, ed)
    assert client.post(checkout_url, {"action": "free-money"}).status_code == 400
    assert Registration.objects.get(edition=ed).status == S.AWAITING_PAYMENT


def test_paying_is_post_only(client, academy):
    ed = paid_edition()
    signed_in_professional(client)
    enrol_and_reach_checkout(client, ed)
    registration = Registration.objects.get(edition=ed)
    assert client.get(reverse("academy:pay", args=[registration.token])).status_code == 405
    assert payments.open_payment(registration) is not None
