"""Retention (AVG): people inactive for two years are anonymised by a cron command. The
numbers per edition, issued certificates and invoices stay; personal data goes."""

import datetime as dt
import io

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.db.models import Max
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from academy.models import Edition, Invoice, OutgoingMail, Participant, Registration
from academy.models import RegistrationStatus as S
from academy.services import registration as services
from academy.services import retention
from academy.services.accounts import ANONYMOUS_NAME
from academy.services.certificates import issue_certificate
from academy.services.charges import Billing

from .certificate_builders import accredited_course, attend, finished_edition, professional
from .conftest import course, edition, participant, user_with_participant

pytestmark = pytest.mark.django_db

YEAR = dt.timedelta(days=365)


def years_later(after=None, years=2, days=1):
    """What the cron job sees `years` calendar years and `days` days after `after`: by
    default after the test's last activity, the later of now and the end of its last course.
    (A course that ended yesterday at 21:30 is not the last activity when the registration
    for it is made now, at 23:00.)"""
    if after is None:
        last_end = Edition.objects.aggregate(end=Max("last_end"))["end"]
        after = max(last_end, timezone.now()) if last_end else timezone.now()
    return retention.cutoff(after, -years) + dt.timedelta(days=days)


def counts(ed):
    row = Edition.objects.with_counts().get(pk=ed.pk)
    return (row.confirmed_count, row.waiting_count, row.registrations.count())


def run_command(*args):
    out = io.StringIO()
    call_command("anonymise_inactive", *args, stdout=out)
    return out.getvalue()


def backdate(person, days):
    """Make a person (without registrations) look as if they were last seen `days` ago."""
    then = timezone.now() - dt.timedelta(days=days)
    Participant.objects.filter(pk=person.pk).update(created=then, updated=then)


@pytest.fixture
def vmca(academy):
    from academy.models import PaymentSettings

    row = PaymentSettings.load()
    row.organisation_name = "Vrijwilligers en Mantelzorg Centrale Almere"
    row.iban = "NL91ABNA0417164300"
    row.save()
    return row


def test_inactive_two_years_and_a_day_is_anonymised_and_the_numbers_stay(
    academy, django_capture_on_commit_callbacks
):
    ed = edition(course(title="Omgaan met eenzaamheid"), capacity=1)
    user, person = user_with_participant(email="karin@example.nl")
    Participant.objects.filter(pk=person.pk).update(phone="06 1234 5678", organisation="Buurt")
    answers = services.Answers(dietary="geen noten", motivation="Mijn moeder is eenzaam")
    with django_capture_on_commit_callbacks(execute=True):
        mine = services.register(ed.pk, person, answers)
    services.register(ed.pk, participant())  # on the waiting list, stays as well
    before = counts(ed)

    assert retention.anonymise_inactive(now=years_later(days=-1)) == 0
    assert retention.anonymise_inactive(now=years_later()) == 2

    person.refresh_from_db()
    assert person.anonymised is not None
    assert (person.first_name, person.last_name) == (ANONYMOUS_NAME, "")
    assert (person.email, person.phone, person.organisation) == ("", "", "")
    assert person.user is None
    assert not get_user_model().objects.filter(pk=user.pk).exists()
    assert not EmailAddress.objects.filter(email="karin@example.nl").exists()
    mine.refresh_from_db()
    assert mine.status == S.CONFIRMED
    assert (mine.dietary, mine.motivation) == ("", "")
    assert counts(ed) == before


def test_active_a_year_ago_is_kept(academy):
    user, person = user_with_participant()
    get_user_model().objects.filter(pk=user.pk).update(last_login=timezone.now() + YEAR)

    assert retention.anonymise_inactive(now=years_later()) == 0
    person.refresh_from_db()
    assert person.anonymised is None and person.email


def test_a_future_course_keeps_an_old_account(academy):
    far = edition(starts_in_days=3 * 365)
    old = participant()
    services.register(far.pk, old)
    backdate(old, 10 * 365)
    Registration.objects.filter(participant=old).update(
        created=timezone.now() - 10 * YEAR, confirmed_at=timezone.now() - 10 * YEAR
    )
    assert retention.last_activity(old) == Edition.objects.get(pk=far.pk).last_end

    assert retention.anonymise_inactive() == 0
    assert retention.anonymise_inactive(now=years_later(timezone.now())) == 0
    old.refresh_from_db()
    assert old.anonymised is None


def test_a_live_registration_for_an_edition_without_an_end_keeps_them(academy):
    ed = edition()
    ed.sessions.all().delete()
    Edition.objects.filter(pk=ed.pk).update(first_start=None, last_end=None)
    person = participant()
    Registration.objects.create(
        edition=ed, participant=person, participant_type=person.participant_type, status=S.WAITING
    )
    assert retention.anonymise_inactive(now=years_later()) == 0


def test_certificate_of_an_anonymised_person_still_verifies_with_the_name_as_issued(
    client, academy
):
    ed = finished_edition(accredited_course(title="Signalen herkennen", points="4.0"))
    registration = attend(professional(ed, number="46101234"))
    certificate = issue_certificate(registration, notify=False)

    assert retention.anonymise_inactive(now=years_later()) == 1
    registration.participant.refresh_from_db()
    assert registration.participant.first_name == ANONYMOUS_NAME
    assert not registration.participant.professional_registrations.exists()

    # The certificate is the person's own proof: whoever they show it to can still check
    # it, and the check shows what the certificate says, as it was issued.
    cache.clear()
    response = client.get(reverse("academy:verify_certificate"), {"code": certificate.display_code})
    cache.clear()
    html = response.content.decode()
    assert response.status_code == 200
    assert "Dit certificaat is geldig" in html
    assert "Fatima El Amrani" in html
    assert "Signalen herkennen" in html
    assert ANONYMOUS_NAME not in html


def test_outbox_mails_lose_the_personal_text_and_pending_ones_are_not_sent(
    academy, django_capture_on_commit_callbacks
):
    person = participant(email="ahmed@example.nl", first_name="Ahmed")
    with django_capture_on_commit_callbacks(execute=True):
        registration = services.register(edition().pk, person)
    sent = OutgoingMail.objects.get(registration=registration)
    assert sent.status == OutgoingMail.Status.SENT and "Ahmed" in sent.body_text
    pending = OutgoingMail.objects.create(
        key="reminder:test",
        kind="reminder",
        registration=registration,
        to="ahmed@example.nl",
        context={"message": "Tot donderdag, Ahmed"},
    )
    someone_else = participant(email="els@example.nl")
    with django_capture_on_commit_callbacks(execute=True):
        services.register(edition(starts_in_days=3 * 365).pk, someone_else)

    assert retention.anonymise_inactive(now=years_later(registration.edition.last_end)) == 1

    for mail in (sent, pending):
        mail.refresh_from_db()
        assert (mail.to, mail.subject, mail.body_text, mail.body_html, mail.ics) == (
            "",
            "",
            "",
            "",
            "",
        )
        assert mail.context == {}
        assert mail.key  # the key stays: the same mail is never queued again
    assert sent.status == OutgoingMail.Status.SENT
    assert pending.status == OutgoingMail.Status.FAILED
    kept = OutgoingMail.objects.get(registration__participant=someone_else)
    assert kept.to == "els@example.nl" and kept.body_text


def test_invoices_keep_the_recipient_but_the_registration_forgets_the_billing(vmca):
    paid = course(title="Omgaan met dementie", prices={"vrijwilliger": 4500})
    person = participant(first_name="Joke", last_name="de Boer")
    billing = Billing(
        organisation="Zorggroep Almere",
        address="Stationsplein 1",
        postcode="1315 AA",
        city="Almere",
        contact="Mw. J. de Boer",
        reference="PO-7781",
        email="crediteuren@zorggroep.example",
    )
    registration = services.register(edition(paid, capacity=5).pk, person, billing=billing)
    invoice = Invoice.objects.get(payment__registration=registration)
    recipient = (invoice.recipient_name, invoice.recipient_organisation, invoice.recipient_email)
    payment = registration.payments.get()

    assert retention.anonymise_inactive(now=years_later()) == 1

    invoice.refresh_from_db()
    assert (
        invoice.recipient_name,
        invoice.recipient_organisation,
        invoice.recipient_email,
    ) == recipient
    payment.refresh_from_db()
    assert payment.billing_organisation == "Zorggroep Almere"
    registration.refresh_from_db()
    assert registration.billing == {}
    assert registration.status == S.CONFIRMED


def test_dry_run_changes_nothing_and_a_second_run_anonymises_nobody(academy):
    old, recent = participant(), participant()
    backdate(old, 2 * 365 + 2)
    backdate(recent, 365)

    assert "Would anonymise 1 participant(s)" in run_command("--dry-run")
    old.refresh_from_db()
    assert old.anonymised is None and old.email

    assert "Anonymised 1 participant(s)." in run_command()
    assert "Anonymised 0 participant(s)." in run_command()
    old.refresh_from_db()
    recent.refresh_from_db()
    assert old.anonymised is not None and recent.anonymised is None


def test_retention_years_come_from_the_settings(academy, settings):
    person = participant()
    backdate(person, 400)
    settings.ACADEMY_RETENTION_YEARS = 1
    assert retention.anonymise_inactive(dry_run=True) == 1
    settings.ACADEMY_RETENTION_YEARS = 2
    assert retention.anonymise_inactive(dry_run=True) == 0


def test_staff_accounts_are_not_deleted_by_the_cron_job(academy):
    user, person = user_with_participant()
    get_user_model().objects.filter(pk=user.pk).update(is_staff=True)

    assert retention.anonymise_inactive(now=years_later()) == 1
    assert get_user_model().objects.filter(pk=user.pk).exists()
    person.refresh_from_db()
    assert person.anonymised is not None and person.user is None


def test_the_query_does_not_grow_with_the_number_of_people(academy):
    ed = edition()
    later = years_later(ed.last_end)

    def queries():
        with CaptureQueriesContext(connection) as captured:
            found = list(retention.inactive_participants(later))
        return len(captured), len(found)

    services.register(ed.pk, participant())
    one = queries()
    for _ in range(5):
        services.register(ed.pk, participant())
        user_with_participant()
    many = queries()
    assert one == (1, 1)
    assert many == (1, 11)
