"""Academy e-mails: what each one says, the calendar attachment, and sending that can fail."""

import datetime as dt
import re
from urllib.parse import urlparse

import icalendar
import pytest
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import call_command
from django.urls import resolve
from django.utils import timezone, translation
from wagtail.models import Locale

from academy import mailer, rules
from academy.calendar_source import session_uid, sync_edition
from academy.mailer import send_outgoing_mail
from academy.models import OutgoingMail, Registration, RegistrationStatus, Session
from academy.services import payments
from academy.services import registration as services
from events.calendar.spec import AMSTERDAM
from events.models import CalendarEntry
from tests import factories as f

from .conftest import course, edition, in_days, participant

pytestmark = pytest.mark.django_db

PHONE = "036 123 45 67"


class FailingBackend(BaseEmailBackend):
    """A mail server that is down."""

    def send_messages(self, messages):
        raise ConnectionRefusedError("SMTP server not reachable")


@pytest.fixture
def run_on_commit(django_capture_on_commit_callbacks):
    """Run what the services leave for after the commit (the send task), as a request would."""

    def run(func, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return func(*args, **kwargs)

    return run


@pytest.fixture
def contact(academy):
    return f.site_settings(phone=PHONE, email="academie@vmca.example")


def only_mail():
    assert len(mail.outbox) == 1, [m.subject for m in mail.outbox]
    return mail.outbox[0]


def html_of(message):
    htmls = [content for content, mimetype in message.alternatives if mimetype == "text/html"]
    assert len(htmls) == 1
    return htmls[0]


def ics_part(message):
    parts = [
        part for part in message.message().walk() if part.get_content_type() == "text/calendar"
    ]
    return parts[0] if parts else None


def parse_ics(message):
    part = ics_part(message)
    assert part is not None, "no .ics attachment"
    return icalendar.Calendar.from_ical(part.get_payload(decode=True))


def links(text):
    return [word for word in text.split() if word.startswith("http")]


def resolves_to(url, name):
    parsed = urlparse(url)
    assert parsed.scheme == "http" and parsed.netloc == "testserver", url
    language = "en" if parsed.path.startswith("/en/") else "nl"
    with translation.override(language):
        return resolve(parsed.path).view_name == name


def amsterdam(value):
    return timezone.localtime(value, AMSTERDAM)


def next_dst_change(after_days=10):
    """The first local day (from `after_days` on) whose UTC offset differs from the day before."""
    day = timezone.localdate() + dt.timedelta(days=after_days)

    def offset(d):
        return dt.datetime.combine(d, dt.time(12), AMSTERDAM).utcoffset()

    while offset(day) == offset(day - dt.timedelta(days=1)):
        day += dt.timedelta(days=1)
    return day


# What the mails say ---------------------------------------------------------------------


def test_confirmation_has_sessions_price_answers_links_and_contact(academy, contact, run_on_commit):
    page = course(title="Gesprekstechnieken", prices={"professional": 4500}, ask_dietary=True)
    ed = edition(page, sessions=2)
    person = participant(first_name="Fatima", participant_type="professional")
    answers = services.Answers(dietary="Vegetarisch", accessibility="Rolstoel")
    reg = run_on_commit(services.register, ed.pk, person, answers)
    assert not mail.outbox  # a paid place waits for the payment
    run_on_commit(
        payments.apply_outcome,
        payments.open_payment(reg),
        "paid",
        event_id="test_evt_confirmation_mail",
        event_type="checkout.session.completed",
        source="test",
    )

    message = only_mail()
    assert message.to == [person.email]
    assert message.subject == "Aanmelding bevestigd: Gesprekstechnieken"
    text = message.body
    assert "Beste Fatima," in text
    for session in ed.sessions.all():
        start = amsterdam(session.start)
        assert f"{start.day} " in text and start.strftime("%Y") in text
        assert "van 19.30 tot 21.30 uur" in text
    assert text.count("Buurtcentrum De Schakel, Schakelstraat 1, Almere") == 2
    assert "Prijs: € 45,00" in text
    assert "Betaald: € 45,00" in text
    assert "Dieetwensen: Vegetarisch" in text and "Rolstoel" in text
    deadline = amsterdam(rules.cancellation_deadline(ed))
    assert f"{deadline.day} " in text and "om 19.30 uur" in text
    assert PHONE in text and "academie@vmca.example" in text

    urls = links(text)
    assert any(resolves_to(url, "academy:registration") and reg.token in url for url in urls)
    assert any(resolves_to(url, "academy:mine") for url in urls)

    html = html_of(message)
    assert '<html lang="nl">' in html
    assert "Gesprekstechnieken" in html and "€ 45,00" in html and PHONE in html
    registration_link = next(url for url in urls if reg.token in url)
    assert f'href="{registration_link}"' in html


def test_dutch_date_names_are_used(academy, run_on_commit):
    ed = edition(course(title="Taalmaatje"))
    run_on_commit(services.register, ed.pk, participant())
    start = amsterdam(ed.sessions.get().start)
    dutch_days = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
    assert f"{dutch_days[start.weekday()]} {start.day} " in only_mail().body


def test_times_stay_local_across_the_daylight_saving_change(academy, run_on_commit):
    change = next_dst_change()
    ed = edition(course(title="Vrijwilligerswerk en zomertijd"), sessions=0)
    days = [change - dt.timedelta(days=2), change + dt.timedelta(days=2)]
    for day in days:
        start = dt.datetime.combine(day, dt.time(19, 30), AMSTERDAM)
        Session.objects.create(edition=ed, start=start, end=start + dt.timedelta(hours=2))
    ed.refresh_from_db()
    run_on_commit(services.register, ed.pk, participant())

    message = only_mail()
    assert message.body.count("van 19.30 tot 21.30 uur") == 2
    for day in days:
        assert f" {day.day} " in message.body
    calendar = parse_ics(message)
    starts = sorted(event.decoded("dtstart") for event in calendar.walk("VEVENT"))
    assert [(s.hour, s.minute) for s in starts] == [(19, 30), (19, 30)]
    assert len({s.utcoffset() for s in starts}) == 2  # one in summer time, one in winter time
    raw = ics_part(message).get_payload(decode=True).decode()
    for day in days:
        assert f"DTSTART;TZID=Europe/Amsterdam:{day:%Y%m%d}T193000" in raw


def test_english_course_page_gives_english_dates_and_links(academy, run_on_commit):
    dutch = course(title="Omgaan met eenzaamheid")
    english_locale, _ = Locale.objects.get_or_create(language_code="en")
    english = dutch.copy_for_translation(english_locale, copy_parents=True)
    english.title = "Dealing with loneliness"
    english.save()
    f.publish(english)
    ed = edition(english)
    reg = run_on_commit(services.register, ed.pk, participant())

    message = only_mail()
    assert "Dealing with loneliness" in message.subject
    start = amsterdam(ed.sessions.get().start)
    assert start.strftime("%A") in message.body  # an English day name
    registration_link = next(url for url in links(message.body) if reg.token in url)
    assert urlparse(registration_link).path.startswith("/en/")
    assert resolves_to(registration_link, "academy:registration")
    assert '<html lang="en">' in html_of(message)


def test_waiting_list_mail_gives_position_and_no_online_link(academy, run_on_commit):
    ed = edition(course(title="Online vacatureteksten"), capacity=1)
    Session.objects.filter(edition=ed).update(
        venue="", address="", online_url="https://meet.example/x"
    )
    services.register(ed.pk, participant())
    person = participant(first_name="Henk")
    reg = run_on_commit(services.register, ed.pk, person)
    assert reg.status == RegistrationStatus.WAITING

    message = only_mail()
    assert message.subject == "U staat op de wachtlijst: Online vacatureteksten"
    assert "U bent nummer 1." in message.body
    assert "meet.example" not in message.body and "meet.example" not in html_of(message)
    assert ics_part(message) is None
    assert any(resolves_to(url, "academy:registration") for url in links(message.body))


def test_confirmed_participant_gets_online_link(academy, run_on_commit):
    ed = edition(course(title="Fondsenwerving online"))
    Session.objects.filter(edition=ed).update(online_url="https://meet.example/fonds")
    run_on_commit(services.register, ed.pk, participant())
    message = only_mail()
    assert "Online meedoen: https://meet.example/fonds" in message.body
    assert "https://meet.example/fonds" in html_of(message)
    event = parse_ics(message).walk("VEVENT")[0]
    assert "https://meet.example/fonds" in str(event.get("description"))


def test_offer_mail_links_to_offer_page_with_expiry(academy, run_on_commit):
    ed = edition(course(title="In balans"), capacity=1)
    first = services.register(ed.pk, participant())
    waiting = services.register(ed.pk, participant(first_name="Ria"))
    mail.outbox.clear()
    run_on_commit(services.cancel, first)

    offer = next(m for m in mail.outbox if m.to == [waiting.participant.email])
    waiting.refresh_from_db()
    assert offer.subject == "Er is een plek vrij voor u: In balans"
    expires = amsterdam(waiting.offer_expires_at)
    assert f"{expires.day} " in offer.body and f"om {expires.hour}.{expires:%M} uur" in offer.body
    assert any(
        resolves_to(url, "academy:offer") and waiting.token in url for url in links(offer.body)
    )
    cancelled = next(m for m in mail.outbox if m.to == [first.participant.email])
    assert cancelled.subject == "U bent afgemeld: In balans"


def test_offer_declined_and_expired_mails(academy, run_on_commit):
    ed = edition(course(title="NAH in de wijk"), capacity=1)
    first = services.register(ed.pk, participant())
    second = services.register(ed.pk, participant())
    third = services.register(ed.pk, participant())
    services.cancel(first)
    mail.outbox.clear()
    run_on_commit(services.decline_offer, Registration.objects.get(pk=second.pk))
    declined = next(m for m in mail.outbox if m.to == [second.participant.email])
    assert declined.subject == "U heeft de plek niet aangenomen: NAH in de wijk"
    assert "niet meer op de wachtlijst" in declined.body

    mail.outbox.clear()
    later = timezone.now() + dt.timedelta(days=5)
    run_on_commit(services.expire_offers, now=later)
    expired = next(m for m in mail.outbox if m.to == [third.participant.email])
    assert expired.subject == "Aangeboden plek vervallen: NAH in de wijk"
    assert "niet op tijd gereageerd" in expired.body


def test_waiting_list_left_mail(academy, run_on_commit):
    ed = edition(course(title="Mantelzorg"), capacity=1)
    services.register(ed.pk, participant())
    waiting = services.register(ed.pk, participant())
    mail.outbox.clear()
    run_on_commit(services.leave_waiting_list, waiting)
    assert only_mail().subject == "U staat niet meer op de wachtlijst: Mantelzorg"


def test_moved_mail_has_new_dates_and_ics(academy, run_on_commit):
    page = course(title="Taalvrijwilliger")
    old = edition(page, starts_in_days=10)
    new = edition(page, starts_in_days=30)
    reg = services.register(old.pk, participant())
    mail.outbox.clear()
    moved = run_on_commit(services.move, reg, new.pk)

    message = only_mail()
    assert message.subject == "Nieuwe datum voor u: Taalvrijwilliger"
    old_start = amsterdam(old.first_start)
    assert f"{old_start.day} " in message.body
    new_start = amsterdam(new.sessions.get().start)
    assert f"{new_start.day} " in message.body
    assert any(
        resolves_to(url, "academy:registration") and moved.token in url
        for url in links(message.body)
    )
    uids = [str(event["uid"]) for event in parse_ics(message).walk("VEVENT")]
    assert uids == [session_uid(new.sessions.get())]


def test_edition_cancelled_mail_gives_reason(academy, run_on_commit):
    ed = edition(course(title="Werkcafé"))
    services.register(ed.pk, participant())
    mail.outbox.clear()
    run_on_commit(services.cancel_edition, ed, reason="De trainer is ziek.")
    message = only_mail()
    assert message.subject == "Gaat niet door: Werkcafé"
    assert "De reden: De trainer is ziek." in message.body
    assert "De trainer is ziek." in html_of(message)


def test_no_mail_for_phone_only_participants(academy, run_on_commit):
    ed = edition(capacity=1)
    first = run_on_commit(services.register_by_staff, ed.pk, participant(email=""), by=None)
    run_on_commit(services.register_by_staff, ed.pk, participant(email=""), by=None)
    run_on_commit(services.cancel, first, by=services.CancelledBy.STAFF)
    assert mail.outbox == []
    assert not OutgoingMail.objects.exists()


def test_html_mail_is_one_accessible_document(academy, run_on_commit):
    ed = edition(course(title="Eenzaamheid <signaleren>"))
    run_on_commit(services.register, ed.pk, participant())
    message = only_mail()
    html = html_of(message)
    assert html.count("<h1") == 1
    # The only image is the check-in QR code, carried in the mail itself (no remote images
    # that mail programs block or that tell a sender the mail was opened), with alt text.
    images = re.findall(r"<img[^>]*>", html)
    assert len(images) == 1
    assert re.search(r'src="cid:[^"]+"', images[0]) and re.search(r'alt="[^"]+"', images[0])
    assert "Eenzaamheid &lt;signaleren&gt;" in html
    assert "Eenzaamheid <signaleren>" in message.subject
    assert "Eenzaamheid <signaleren>" in message.body  # plain text is not HTML-escaped


# The calendar attachment ----------------------------------------------------------------


def test_ics_attachment_parses_and_uses_the_public_session_uids(academy, run_on_commit):
    ed = edition(course(title="Schrijven voor de wijkkrant"), sessions=3)
    sync_edition(ed.pk)  # what the edition's on-commit signal does outside tests
    run_on_commit(services.register, ed.pk, participant())
    message = only_mail()

    part = ics_part(message)
    assert part.get_content_type() == "text/calendar"
    assert part.get_param("method") == "PUBLISH"
    assert part.get_filename().endswith(".ics")
    calendar = parse_ics(message)
    assert str(calendar["method"]) == "PUBLISH"
    assert [tz["tzid"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Amsterdam"]
    events = calendar.walk("VEVENT")
    sessions = list(ed.sessions.order_by("start"))
    assert [str(event["uid"]) for event in events] == [session_uid(s) for s in sessions]
    for event, session in zip(events, sessions, strict=True):
        assert event["dtstart"].params["TZID"] == "Europe/Amsterdam"
        assert event.decoded("dtstart") == session.start
        assert event.decoded("dtend") == session.end
        assert "Schrijven voor de wijkkrant" in str(event["summary"])

    # The agenda feed publishes the same UIDs with the same SEQUENCE: no duplicates.
    published = {
        entry.uid: entry.sequence
        for entry in CalendarEntry.objects.filter(source="academy", object_id=str(ed.pk))
    }
    assert {str(e["uid"]): int(e["sequence"]) for e in events} == published


def test_offer_accepted_confirmation_has_ics(academy, run_on_commit):
    ed = edition(course(title="Buurtbemiddeling"), capacity=1)
    first = services.register(ed.pk, participant())
    waiting = services.register(ed.pk, participant())
    services.cancel(first)
    mail.outbox.clear()
    run_on_commit(services.accept_offer, Registration.objects.get(pk=waiting.pk))
    message = only_mail()
    assert message.subject == "Aanmelding bevestigd: Buurtbemiddeling"
    assert parse_ics(message).walk("VEVENT")


# Sending that fails, and retries ---------------------------------------------------------


def test_failed_smtp_keeps_registration_and_mail_waits(academy, settings, run_on_commit):
    settings.EMAIL_BACKEND = "tests.academy.test_mail.FailingBackend"
    ed = edition()
    reg = run_on_commit(services.register, ed.pk, participant())  # does not raise

    reg.refresh_from_db()
    assert reg.status == RegistrationStatus.CONFIRMED
    outgoing = OutgoingMail.objects.get()
    assert outgoing.status == OutgoingMail.Status.PENDING
    assert outgoing.attempts == 1
    assert "SMTP server not reachable" in outgoing.last_error
    assert outgoing.next_attempt_at > timezone.now()

    # Not due yet: the cron run leaves it alone.
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("send_pending_mail", stdout=open_devnull())
    assert mail.outbox == []

    OutgoingMail.objects.update(next_attempt_at=timezone.now() - dt.timedelta(seconds=1))
    call_command("send_pending_mail", stdout=open_devnull())
    call_command("send_pending_mail", stdout=open_devnull())
    assert len(mail.outbox) == 1
    outgoing.refresh_from_db()
    assert outgoing.status == OutgoingMail.Status.SENT and outgoing.attempts == 2
    assert outgoing.sent_at is not None
    reg.refresh_from_db()
    assert reg.status == RegistrationStatus.CONFIRMED


def test_registration_request_answers_normally_when_smtp_fails(
    academy, client, settings, django_capture_on_commit_callbacks
):
    from django.urls import reverse

    from .conftest import user_with_participant

    settings.EMAIL_BACKEND = "tests.academy.test_mail.FailingBackend"
    ed = edition()
    user, person = user_with_participant()
    client.force_login(user)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("academy:enrol", args=[ed.pk]), {})
    registration = Registration.objects.get(edition=ed, participant=person)
    assert response.status_code == 302
    assert response["Location"] == reverse("academy:registration", args=[registration.token])
    assert registration.status == RegistrationStatus.CONFIRMED
    outgoing = OutgoingMail.objects.get(registration=registration)
    assert (outgoing.status, outgoing.attempts) == (OutgoingMail.Status.PENDING, 1)


def test_gives_up_after_the_maximum_number_of_attempts(academy, settings, run_on_commit):
    settings.EMAIL_BACKEND = "tests.academy.test_mail.FailingBackend"
    settings.ACADEMY_MAIL_MAX_ATTEMPTS = 2
    run_on_commit(services.register, edition().pk, participant())
    OutgoingMail.objects.update(next_attempt_at=timezone.now())
    call_command("send_pending_mail", stdout=open_devnull())
    outgoing = OutgoingMail.objects.get()
    assert outgoing.status == OutgoingMail.Status.FAILED and outgoing.attempts == 2
    assert mailer.due_mail_ids() == []


def test_retry_delay_grows(academy):
    delays = [mailer.retry_delay(attempt) for attempt in range(1, 10)]
    assert delays == sorted(delays)
    assert delays[0] == dt.timedelta(minutes=5) and delays[-1] == dt.timedelta(hours=6)


def test_task_and_cron_never_send_a_mail_twice(academy, run_on_commit):
    run_on_commit(services.register, edition().pk, participant())
    outgoing = OutgoingMail.objects.get()
    assert len(mail.outbox) == 1
    send_outgoing_mail.enqueue(outgoing.pk)
    send_outgoing_mail.enqueue(outgoing.pk)
    call_command("send_pending_mail", stdout=open_devnull())
    assert len(mail.outbox) == 1


def test_a_mail_claimed_by_another_worker_is_left_alone(academy):
    ed = edition()
    reg = services.register(ed.pk, participant())  # on-commit callbacks not run: still pending
    outgoing = OutgoingMail.objects.get(registration=reg)
    now = timezone.now()
    assert mailer._claim(outgoing.pk, now)  # another worker takes it
    assert mailer.deliver(outgoing.pk, now=now) == mailer.SKIPPED
    assert mail.outbox == []
    # That worker crashed before marking it sent: after the lease it goes (once) again.
    later = now + mailer.CLAIM_LEASE + dt.timedelta(seconds=1)
    assert mailer.send_due_mail(now=later)[mailer.SENT] == 1
    assert mailer.send_due_mail(now=later)[mailer.SENT] == 0
    assert len(mail.outbox) == 1


def test_mail_is_written_only_when_the_registration_commits(
    academy, django_capture_on_commit_callbacks
):
    from django.db import transaction

    ed = edition()
    with django_capture_on_commit_callbacks(execute=True):
        with pytest.raises(RuntimeError), transaction.atomic():
            services.register(ed.pk, participant())
            raise RuntimeError("rolled back")
    assert not OutgoingMail.objects.exists()
    assert mail.outbox == []


def test_same_key_is_queued_once(academy):
    reg = services.register(edition().pk, participant())
    assert mailer.queue_mail("confirmation", reg, key=f"confirmation:{reg.pk}") is None
    assert OutgoingMail.objects.filter(registration=reg).count() == 1


def open_devnull():
    import io

    return io.StringIO()


def test_in_days_helper_is_local(academy):
    # Guards the assumption the content tests make: sessions start at 19:30 Amsterdam time.
    assert amsterdam(in_days(3)).strftime("%H:%M") == "19:30"
