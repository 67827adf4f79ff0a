"""The e-mails about money: the invoice, a payment that did not come in, a refund, and what
the confirmation says about paying. In Dutch and from an English course page."""

from urllib.parse import urlparse

import pytest
from django.core import mail
from django.urls import resolve
from django.utils import translation
from wagtail.models import Locale

from academy.models import Invoice, PaymentSettings, RegistrationStatus
from academy.services import charges, payments
from academy.services import registration as services
from tests import factories as f

from .conftest import course, edition, participant

pytestmark = pytest.mark.django_db

LANGUAGES = ["nl", "en"]
BILLING = charges.Billing(
    organisation="Zorggroep Almere",
    address="Stationsplein 1",
    postcode="1315 AB",
    city="Almere",
    reference="PO-7781",
)


@pytest.fixture
def run_on_commit(django_capture_on_commit_callbacks):
    def run(func, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return func(*args, **kwargs)

    return run


def paid_edition(language):
    page = course(title="Gesprekstechnieken", prices={"professional": 4500}, refund_percent=50)
    if language == "en":
        locale, _ = Locale.objects.get_or_create(language_code="en")
        page = page.copy_for_translation(locale, copy_parents=True)
        page.title = "Conversation skills"
        page.save()
        f.publish(page)
    return edition(page)


def professional():
    return participant(first_name="Fatima", participant_type="professional")


def mail_with_subject(part):
    found = [message for message in mail.outbox if part in message.subject]
    assert len(found) == 1, [message.subject for message in mail.outbox]
    return found[0]


def html_of(message):
    return next(content for content, kind in message.alternatives if kind == "text/html")


def links(text):
    return [word for word in text.split() if word.startswith("http")]


def view_name(url, language):
    path = urlparse(url).path
    assert path.startswith("/en/") == (language == "en"), url
    with translation.override(language):
        return resolve(path).view_name


def pay_online(run_on_commit, registration):
    run_on_commit(
        payments.apply_outcome,
        payments.open_payment(registration),
        "paid",
        event_id=f"test_evt_mail_{registration.pk}",
        event_type="checkout.session.completed",
        source="test",
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_invoice_mail_has_number_amount_due_date_and_download_link(
    academy, run_on_commit, language
):
    settings_row = PaymentSettings.load()
    settings_row.iban = "NL91ABNA0417164300"
    settings_row.save()
    ed = paid_edition(language)
    registration = run_on_commit(services.register, ed.pk, professional(), billing=BILLING)
    assert registration.status == RegistrationStatus.CONFIRMED
    invoice = Invoice.objects.get(payment__registration=registration)

    message = mail_with_subject(invoice.number)
    text = message.body
    assert "€ 45,00" in text
    assert invoice.number in text
    assert str(invoice.due_date.year) in text and str(invoice.due_date.day) in text
    assert "NL91ABNA0417164300" in text
    download = [
        url for url in links(text) if view_name(url, language) == "academy:invoice_by_token"
    ]
    assert len(download) == 1 and registration.token in download[0]
    html = html_of(message)
    assert f'<html lang="{language}">' in html
    assert "€ 45,00" in html and f'href="{download[0]}"' in html

    confirmation = next(m for m in mail.outbox if m is not message)
    assert "U betaalt op factuur" in confirmation.body or language == "en"
    assert "Betaald:" not in confirmation.body


@pytest.mark.parametrize("language", LANGUAGES)
def test_payment_not_received_mail_says_the_place_is_given_up_and_how_to_try_again(
    academy, run_on_commit, language
):
    ed = paid_edition(language)
    registration = run_on_commit(services.register, ed.pk, professional())
    assert not mail.outbox
    run_on_commit(
        payments.apply_outcome,
        payments.open_payment(registration),
        "failed",
        event_id="test_evt_failed",
        event_type="checkout.session.async_payment_failed",
        source="test",
    )
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.NOT_PAID
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert ed.title in message.subject
    if language == "nl":
        assert "Niet betaald" in message.subject
        assert "plek vrijgegeven" in message.body and "U hoeft niets te betalen." in message.body
    names = [view_name(url, language) for url in links(message.body)]
    assert "academy:enrol" in names and "academy:mine" in names
    assert f'<html lang="{language}">' in html_of(message)


@pytest.mark.parametrize("language", LANGUAGES)
def test_refund_mail_has_the_amount_when_it_arrives_and_the_credit_note(
    academy, run_on_commit, language
):
    ed = paid_edition(language)
    registration = run_on_commit(services.register, ed.pk, professional())
    pay_online(run_on_commit, registration)
    confirmation = mail_with_subject(ed.title)
    paid = {"nl": "Betaald: € 45,00", "en": "Paid: € 45,00"}[language]
    assert paid in confirmation.body
    # The receipt, issued with the payment, is linked in the confirmation.
    receipt = Invoice.objects.get(payment__registration=registration, kind=Invoice.Kind.INVOICE)
    receipt_links = [
        url
        for url in links(confirmation.body)
        if view_name(url, language) == "academy:invoice_by_token"
    ]
    assert len(receipt_links) == 1 and receipt_links[0].endswith(f"/{receipt.pk}.pdf")
    mail.outbox.clear()

    run_on_commit(services.cancel, registration)
    credit_note = Invoice.objects.get(
        payment__registration=registration, kind=Invoice.Kind.CREDIT_NOTE
    )
    assert credit_note.amount_cents == -2250
    message = mail_with_subject("22,50")
    text = message.body
    assert "€ 22,50" in text and "€ 45,00" not in text
    assert credit_note.number in text
    if language == "nl":
        assert "werkdagen" in text
        assert "testbetaling" in text  # test mode: no real money goes back
    names = {view_name(url, language): url for url in links(text)}
    assert registration.token in names["academy:invoice_by_token"]
    assert str(credit_note.pk) in names["academy:invoice_by_token"]
    html = html_of(message)
    assert "€ 22,50" in html and f'<html lang="{language}">' in html
