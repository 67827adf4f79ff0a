"""The edition form in the admin: what cannot be meant is refused on its field and nothing
is saved; changed times are offered to be told, and the mail "Gewijzigde tijden" goes out
once per registration, in its language."""

import datetime as dt
import re

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import formats, timezone
from wagtail.models import Locale
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from academy.models import Edition, OutgoingMail, Session
from academy.models import RegistrationStatus as S
from academy.services import registration as services
from academy.services import schedule
from tests import factories as f

from .conftest import course, edition, participant

pytestmark = pytest.mark.django_db


def url(name, *args):
    return reverse(f"academy_editions:{name}", args=args)


def local(value):
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M")


def session_data(start, end, pk="", order=1):
    return {
        "id": pk,
        "title": "",
        "start": local(start),
        "end": local(end),
        "venue": "Buurtcentrum De Schakel",
        "address": "",
        "online_url": "",
        "ORDER": str(order),
    }


def whole_minutes(value):
    """As the admin's date and time field has it: no seconds."""
    return value.replace(second=0, microsecond=0)


def form_data(ed=None, sessions=None, **changes):
    """The posted edit form of `ed` (its sessions as they are), or of a new edition."""
    if sessions is None:
        sessions = [
            session_data(s.start, s.end, pk=s.pk, order=n)
            for n, s in enumerate(ed.sessions.all(), start=1)
        ]
    existing = ed.sessions.count() if ed is not None else 0
    data = {
        "course": ed.course_id if ed is not None else "",
        "event_page": "",
        "name": ed.name if ed is not None else "",
        "status": ed.status if ed is not None else "open",
        "capacity": ed.capacity if ed is not None else 16,
        "min_participants": ed.min_participants if ed is not None else 0,
        "registration_opens": "",
        "registration_closes": "",
        "cancellation_deadline": "",
        "sessions": inline_formset(sessions, initial=existing, min=1),
        "wijk": "",
        "internal_notes": "",
        **changes,
    }
    return nested_form_data(data)


def errors_in(response):
    """The texts of the error messages on the page, without markup."""
    html = response.content.decode()
    return " ".join(
        re.sub(r"<[^>]+>", " ", block)
        for block in re.findall(r'class="[^"]*error[^"]*"[^>]*>(.*?)</(?:p|ul|div)>', html, re.S)
    )


def field_error(response, field, text):
    """`text` is shown as an error of `field` (Wagtail marks the field's wrapper)."""
    html = response.content.decode()
    match = re.search(rf'id="id_{re.escape(field)}"', html)
    assert match, f"no field {field}"
    # The error is rendered next to the field, inside its panel: look around it.
    window = html[max(0, match.start() - 4000) : match.start() + 4000]
    assert text in window, f"{text!r} not at {field}: {errors_in(response)[:600]}"


@pytest.fixture
def planned(academy, now):
    """An edition with two sessions next month and one person in it."""
    start = (now + dt.timedelta(days=30)).replace(second=0, microsecond=0)
    ed = edition(course(title="Omgaan met dementie"), sessions=2, first_start=start)
    services.register(ed.pk, participant(first_name="Fatima", last_name="El Amrani"))
    return ed


# A new edition with nothing filled in ---------------------------------------------------------


def test_new_edition_without_a_training_says_so_in_words(staff_client, academy, now):
    start = now + dt.timedelta(days=10)
    response = staff_client.post(
        url("add"),
        form_data(sessions=[session_data(start, start + dt.timedelta(hours=2))], course=""),
    )
    assert response.status_code == 200
    html = response.content.decode()
    field_error(response, "course", "Kies een training of een activiteit uit de agenda.")
    assert "edition_belongs_to_course_or_event" not in html
    assert "Beperking" not in html
    assert not Edition.objects.exists()


def test_new_edition_with_nothing_at_all_gives_plain_messages(staff_client, academy):
    response = staff_client.post(url("add"), form_data(sessions=[], course=""))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Kies een training of een activiteit uit de agenda." in html
    assert "edition_belongs_to_course_or_event" not in html
    assert not Edition.objects.exists()


def test_a_plausible_new_edition_is_saved(staff_client, academy, now):
    page = course(title="Nieuw en goed")
    start = now + dt.timedelta(days=10)
    response = staff_client.post(
        url("add"),
        form_data(
            sessions=[
                session_data(start, start + dt.timedelta(hours=2), order=1),
                session_data(
                    start + dt.timedelta(days=7), start + dt.timedelta(days=7, hours=2), order=2
                ),
            ],
            course=page.pk,
            min_participants=4,
            capacity=12,
            registration_closes=local(start - dt.timedelta(days=1)),
            cancellation_deadline=local(start - dt.timedelta(days=2)),
        ),
    )
    assert response.status_code == 302, errors_in(response)[:1000]
    ed = Edition.objects.get(course=page)
    assert ed.sessions.count() == 2


# Refused on the field, nothing saved ----------------------------------------------------------


def assert_nothing_saved(ed):
    before = (ed.capacity, ed.min_participants, ed.registration_closes, ed.cancellation_deadline)
    times = schedule.session_times(ed.pk)
    ed.refresh_from_db()
    assert (
        ed.capacity,
        ed.min_participants,
        ed.registration_closes,
        ed.cancellation_deadline,
    ) == before
    assert schedule.session_times(ed.pk) == times


def test_minimum_above_the_capacity_is_refused(staff_client, planned):
    response = staff_client.post(url("edit", planned.pk), form_data(planned, min_participants=11))
    assert response.status_code == 200
    field_error(
        response, "min_participants", "Het minimum (11) is hoger dan het aantal plaatsen (10)."
    )
    assert_nothing_saved(planned)


def test_sign_up_closing_after_the_first_session_is_refused(staff_client, planned):
    last_end = planned.last_end
    response = staff_client.post(
        url("edit", planned.pk),
        form_data(planned, registration_closes=local(last_end + dt.timedelta(days=1))),
    )
    assert response.status_code == 200
    field_error(
        response,
        "registration_closes",
        "Aanmelden sluit uiterlijk als de eerste bijeenkomst begint",
    )
    assert_nothing_saved(planned)


def test_sign_up_opening_after_the_first_session_is_refused(staff_client, planned):
    response = staff_client.post(
        url("edit", planned.pk),
        form_data(planned, registration_opens=local(planned.first_start + dt.timedelta(hours=1))),
    )
    assert response.status_code == 200
    field_error(
        response, "registration_opens", "Aanmelden moet openen voordat de eerste bijeenkomst begint"
    )
    assert_nothing_saved(planned)


def test_cancellation_deadline_after_the_sessions_is_refused(staff_client, planned):
    response = staff_client.post(
        url("edit", planned.pk),
        form_data(planned, cancellation_deadline=local(planned.last_end + dt.timedelta(days=3))),
    )
    assert response.status_code == 200
    field_error(
        response, "cancellation_deadline", "Afmelden kan uiterlijk tot de eerste bijeenkomst begint"
    )
    assert_nothing_saved(planned)


def test_overlapping_sessions_are_refused(staff_client, planned):
    first, second = planned.sessions.order_by("start")
    overlapping = first.start + dt.timedelta(hours=1)
    sessions = [
        session_data(first.start, first.end, pk=first.pk, order=1),
        session_data(second.start, second.end, pk=second.pk, order=2),
        session_data(overlapping, overlapping + dt.timedelta(hours=2), order=3),
    ]
    response = staff_client.post(url("edit", planned.pk), form_data(planned, sessions=sessions))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Deze bijeenkomst overlapt met de bijeenkomst van" in html
    field_error(response, "sessions-2-start", "overlapt")
    assert_nothing_saved(planned)
    assert planned.sessions.count() == 2


def test_a_new_edition_in_the_past_is_refused(staff_client, academy, now):
    page = course(title="Te laat ingevoerd")
    start = now - dt.timedelta(days=3)
    response = staff_client.post(
        url("add"),
        form_data(sessions=[session_data(start, start + dt.timedelta(hours=2))], course=page.pk),
    )
    assert response.status_code == 200
    field_error(response, "sessions-0-start", "Deze bijeenkomst begint in het verleden")
    assert not Edition.objects.filter(course=page).exists()


def test_a_session_added_in_the_past_is_refused_but_old_sessions_may_stay(
    staff_client, academy, now
):
    ed = edition(
        course(title="Loopt al"), sessions=2, first_start=whole_minutes(now - dt.timedelta(days=8))
    )
    old, coming = ed.sessions.order_by("start")
    kept = [
        session_data(old.start, old.end, pk=old.pk, order=1),
        session_data(coming.start, coming.end, pk=coming.pk, order=2),
    ]
    # The session of last week stays as it is: a change elsewhere is saved.
    response = staff_client.post(url("edit", ed.pk), form_data(ed, sessions=kept, capacity=12))
    assert response.status_code == 302, errors_in(response)[:1000]
    ed.refresh_from_db()
    assert ed.capacity == 12
    # A session added yesterday is refused.
    yesterday = now - dt.timedelta(days=1)
    added = [*kept, session_data(yesterday, yesterday + dt.timedelta(hours=2), order=3)]
    response = staff_client.post(url("edit", ed.pk), form_data(ed, sessions=added, capacity=14))
    assert response.status_code == 200
    field_error(response, "sessions-2-start", "Deze bijeenkomst begint in het verleden")
    ed.refresh_from_db()
    assert ed.capacity == 12 and ed.sessions.count() == 2


# Changed times: offered, then one mail per registration in its language ----------------------


def test_changed_times_offer_a_message_and_send_it_once_per_registration(
    staff_client, academy, now, django_capture_on_commit_callbacks
):
    dutch = course(title="Omgaan met eenzaamheid")
    english_locale, _ = Locale.objects.get_or_create(language_code="en")
    english = dutch.copy_for_translation(english_locale, copy_parents=True)
    english.title = "Dealing with loneliness"
    english.save()
    f.publish(english)
    ed = edition(dutch, capacity=1, first_start=whole_minutes(now + dt.timedelta(days=20)))
    english_ed = edition(english, first_start=whole_minutes(now + dt.timedelta(days=20)))
    placed = services.register(ed.pk, participant(first_name="Fatima"))
    waiting = services.register(ed.pk, participant(first_name="Jan"))
    assert waiting.status == S.WAITING
    services.register(ed.pk, participant(first_name="Zonder", email=""))  # 2nd on the list
    english_person = services.register(english_ed.pk, participant(first_name="Emma"))
    mail.outbox = []
    OutgoingMail.objects.all().delete()

    # Staff move the session an hour later.
    session = ed.sessions.get()
    later = [
        session_data(
            session.start + dt.timedelta(hours=1),
            session.end + dt.timedelta(hours=1),
            pk=session.pk,
        )
    ]
    response = staff_client.post(url("edit", ed.pk), form_data(ed, sessions=later), follow=True)
    html = response.content.decode()
    assert "3 deelnemers hebben een andere tijd gekregen. Stuur hun een bericht?" in html
    assert url("times_changed", ed.pk) in html
    assert not OutgoingMail.objects.exists()  # nothing is sent before staff choose to

    page = staff_client.get(url("times_changed", ed.pk))
    assert page.status_code == 200
    text = page.content.decode()
    assert "Dit bericht gaat naar 2 deelnemers met een e-mailadres." in text
    assert "Zonder" in text  # to phone
    with django_capture_on_commit_callbacks(execute=True):
        sent = staff_client.post(url("times_changed", ed.pk))
    assert sent.status_code == 302
    mails = OutgoingMail.objects.filter(kind="times_changed")
    assert sorted(mails.values_list("registration_id", flat=True)) == sorted(
        [placed.pk, waiting.pk]
    )
    by_to = {m.to[0]: m for m in mail.outbox}
    to_placed = by_to[placed.participant.email]
    assert to_placed.subject == "Gewijzigde tijden: Omgaan met eenzaamheid"
    new_start = timezone.localtime(session.start + dt.timedelta(hours=1))
    assert "zijn veranderd" in to_placed.body
    assert any(part.get_content_type() == "text/calendar" for part in to_placed.message().walk())
    assert "wachtlijst" in by_to[waiting.participant.email].body
    # The new time, as Dutch writes it ("0.59", "19.30"), on the session's day.
    assert formats.date_format(new_start, "j F Y") in to_placed.body
    assert formats.time_format(new_start) in to_placed.body

    # Pressing the button again sends nothing more.
    with django_capture_on_commit_callbacks(execute=True):
        again = staff_client.post(url("times_changed", ed.pk), follow=True)
    assert "Dit bericht was al verstuurd" in again.content.decode()
    assert OutgoingMail.objects.filter(kind="times_changed").count() == 2

    # The English registration is told in English (its page's language).
    english_session = english_ed.sessions.get()
    moved = [
        session_data(
            english_session.start + dt.timedelta(days=1),
            english_session.end + dt.timedelta(days=1),
            pk=english_session.pk,
        )
    ]
    staff_client.post(url("edit", english_ed.pk), form_data(english_ed, sessions=moved))
    mail.outbox = []
    with django_capture_on_commit_callbacks(execute=True):
        staff_client.post(url("times_changed", english_ed.pk))
    (message,) = mail.outbox
    assert message.to == [english_person.participant.email]
    assert "Dealing with loneliness" in message.subject
    day = timezone.localtime(english_session.start + dt.timedelta(days=1)).strftime("%A")
    assert day in message.body  # an English day name


def test_saving_without_changed_times_offers_nothing(staff_client, planned):
    response = staff_client.post(
        url("edit", planned.pk), form_data(planned, capacity=12), follow=True
    )
    assert "een andere tijd gekregen" not in response.content.decode()


def test_times_changed_mail_needs_the_mail_permission(client, planned):
    account = f.user(groups=["Trainers"])
    person = f.person(is_trainer=True, user=account)
    planned.trainers.add(person)
    planned.save()
    client.force_login(account)
    # Wagtail answers a refused admin page with a redirect and a message.
    assert client.get(url("times_changed", planned.pk)).status_code in (302, 403)
    assert client.post(url("times_changed", planned.pk)).status_code in (302, 403)
    assert not OutgoingMail.objects.filter(kind="times_changed").exists()
    with pytest.raises(schedule.NotAllowed):
        schedule.notify_times_changed(planned.pk, by=account)


def test_session_times_are_compared_in_order(planned):
    times = schedule.session_times(planned.pk)
    assert times == tuple(
        Session.objects.filter(edition=planned).order_by("start").values_list("start", "end")
    )
    assert schedule.schedule_key(times) == schedule.schedule_key(times)
    assert schedule.schedule_key(times) != schedule.schedule_key(times[:1])


def test_posting_the_edit_form_of_a_junk_id_is_404(staff_client, planned):
    for junk in ("abc", "999999"):
        response = staff_client.post(f"/admin/academie/edities/edit/{junk}/", form_data(planned))
        assert response.status_code == 404, junk
