"""Attendance: the services (record, upsert, everyone present, the late rule, refusals) and
the roster in the admin (one tap per person, code, walk-in, trainers only their own editions)."""

import datetime as dt

import pytest
from django.urls import reverse

from academy.models import Attendance, AttendanceStatus, Participant, Registration
from academy.models import RegistrationStatus as S
from academy.services import attendance as attendance_services
from academy.services import registration as services
from academy.services.errors import EditionFull
from tests import factories as f

from .conftest import book, edition_in_progress, participant

pytestmark = pytest.mark.django_db

A = AttendanceStatus


def roster(ed, session):
    return reverse("academy_editions:roster", args=(ed.pk, session.pk))


@pytest.fixture
def today(academy, now):
    """An edition with a session that began half an hour ago and one next week, and two people
    who signed up before it began."""
    ed = edition_in_progress(now, capacity=3, sessions=2)
    first = book(ed, participant(first_name="Fatima", last_name="El Amrani"))
    second = book(ed, participant(first_name="Jan", last_name="de Boer"))
    return ed, list(ed.sessions.order_by("start")), first, second


@pytest.fixture
def trainer_setup(today, now):
    """A trainer of the edition of today, and another edition that is not theirs."""
    ed, sessions, first, second = today
    account = f.user(groups=["Trainers"])
    person = f.person(first_name="Tineke", last_name="Trainer", is_trainer=True, user=account)
    ed.trainers.add(person)
    ed.save()
    other = edition_in_progress(now, capacity=5)
    theirs = book(other, participant(first_name="Andere", last_name="Persoon"))
    return account, other, theirs


# Services -------------------------------------------------------------------------------------


def test_record_attendance_creates_one_row_and_updates_it(today, staff):
    ed, (session, _next), first, _second = today
    attendance_services.record_attendance(first, session, A.PRESENT, by=staff, note="Kwam met bus")
    again = attendance_services.record_attendance(first, session, A.LATE, by=staff)
    assert Attendance.objects.filter(registration=first, session=session).count() == 1
    assert again.status == A.LATE
    assert again.note == "Kwam met bus"  # note=None keeps the note
    assert again.recorded_by == staff
    cleared = attendance_services.record_attendance(first, session, A.LATE, by=staff, note="")
    assert cleared.note == ""


def test_record_attendance_refuses_an_unknown_status(today, staff):
    _ed, (session, _next), first, _second = today
    with pytest.raises(attendance_services.InvalidStatus) as refused:
        attendance_services.record_attendance(first, session, "misschien", by=staff)
    assert refused.value.status == 400
    assert not Attendance.objects.exists()


def test_mark_all_present_marks_only_people_with_a_place_and_no_status(today, staff):
    ed, (session, _next), first, second = today
    third = book(ed)
    waiting = book(ed)  # capacity 3: on the waiting list
    assert waiting.status == S.WAITING
    attendance_services.record_attendance(first, session, A.EXCUSED, by=staff)
    assert attendance_services.mark_all_present(session, by=staff) == 2
    statuses = dict(Attendance.objects.values_list("registration_id", "status"))
    assert statuses == {first.pk: A.EXCUSED, second.pk: A.PRESENT, third.pk: A.PRESENT}
    assert attendance_services.mark_all_present(session, by=staff) == 0


def test_check_in_is_late_more_than_15_minutes_after_the_start(today, staff):
    _ed, (session, _next), first, second = today
    on_time = attendance_services.check_in(
        first.checkin_code, by=staff, session=session, now=session.start + dt.timedelta(minutes=15)
    )
    late = attendance_services.check_in(
        second.checkin_code, by=staff, session=session, now=session.start + dt.timedelta(minutes=16)
    )
    assert on_time.attendance.status == A.PRESENT
    assert late.attendance.status == A.LATE
    assert late.attendance.method == Attendance.Method.CODE


def test_second_check_in_changes_nothing(today, staff):
    _ed, (session, _next), first, _second = today
    attendance_services.check_in(first.checkin_code, by=staff, session=session, now=session.start)
    again = attendance_services.check_in(
        first.checkin_code, by=staff, session=session, now=session.start + dt.timedelta(hours=1)
    )
    assert again.already
    assert again.attendance.status == A.PRESENT


def test_check_in_without_session_picks_the_running_or_nearest_one(today, staff):
    _ed, (session, next_week), first, second = today
    running = attendance_services.check_in(
        first.checkin_code, by=staff, now=session.start + dt.timedelta(minutes=30)
    )
    assert running.session == session
    # Five days later the session of next week is nearer than the one that ended, but it
    # has not begun: nobody is checked in for it two days ahead.
    with pytest.raises(attendance_services.NotStartedYet):
        attendance_services.check_in(
            second.checkin_code, by=staff, now=session.start + dt.timedelta(days=5)
        )
    # At the door, twenty minutes before it starts, the same code checks in for it.
    later = attendance_services.check_in(
        second.checkin_code, by=staff, now=next_week.start - dt.timedelta(minutes=20)
    )
    assert later.session == next_week
    assert later.attendance.status == A.PRESENT


def test_check_in_refuses_unknown_code_other_edition_and_no_place(today, staff, now):
    ed, (session, _next), first, _second = today
    with pytest.raises(attendance_services.UnknownCode) as unknown:
        attendance_services.check_in("ZZZZ-ZZZZ", by=staff, session=session)
    assert unknown.value.status == 404
    other = edition_in_progress(now)
    stranger = book(other)
    with pytest.raises(attendance_services.OtherEdition):
        attendance_services.check_in(stranger.checkin_code, by=staff, session=session)
    services.cancel(first, by=services.CancelledBy.STAFF)
    with pytest.raises(attendance_services.NotConfirmed) as not_confirmed:
        attendance_services.check_in(first.checkin_code, by=staff, session=session)
    assert "geen plek" in str(not_confirmed.value.message)
    assert not Attendance.objects.exists()


def test_attendance_is_refused_for_someone_without_a_place(today, staff):
    ed, (session, _next), _first, _second = today
    book(ed)  # the last place
    waiting = book(ed)
    assert waiting.status == S.WAITING
    with pytest.raises(attendance_services.NotConfirmed):
        attendance_services.record_attendance(waiting, session, A.PRESENT, by=staff)
    assert not Attendance.objects.exists()


def test_attendance_on_a_cancelled_edition_is_refused(today, staff):
    ed, (session, _next), first, _second = today
    attendance_services.record_attendance(first, session, A.PRESENT, by=staff)
    services.cancel_edition(ed, reason="Trainer ziek")
    with pytest.raises(attendance_services.EditionCancelled):
        attendance_services.mark_all_present(session, by=staff)
    with pytest.raises(attendance_services.EditionCancelled):
        attendance_services.add_walk_in(
            session, attendance_services.WalkIn("Piet", "Inloop"), by=staff
        )
    assert list(Attendance.objects.values_list("status", flat=True)) == [A.PRESENT]
    assert not Participant.objects.filter(last_name="Inloop").exists()


def test_walk_in_is_registered_through_the_engine_and_marked_present(today, staff):
    ed, (session, _next), _first, _second = today
    registration = attendance_services.add_walk_in(
        session,
        attendance_services.WalkIn("Piet", "Inloop", email="piet@example.nl", phone=""),
        by=staff,
    )
    assert registration.status == S.CONFIRMED
    assert registration.channel == Registration.Channel.STAFF
    assert registration.registered_by == staff
    attendance = Attendance.objects.get(registration=registration, session=session)
    assert (attendance.status, attendance.method) == (A.PRESENT, Attendance.Method.WALK_IN)
    # The same person again (same e-mail) is not a second participant or registration.
    again = attendance_services.add_walk_in(
        session, attendance_services.WalkIn("Piet", "Inloop", email="PIET@example.nl"), by=staff
    )
    assert again.pk == registration.pk
    assert Participant.objects.filter(email__iexact="piet@example.nl").count() == 1


def test_walk_in_on_a_full_edition_saves_nothing(today, staff):
    ed, (session, _next), _first, _second = today
    book(ed)  # now full (3 of 3)
    people = Participant.objects.count()
    with pytest.raises(EditionFull):
        attendance_services.add_walk_in(
            session, attendance_services.WalkIn("Vol", "Gelopen", phone="0612345678"), by=staff
        )
    assert Participant.objects.count() == people
    assert not Attendance.objects.exists()
    assert not Registration.objects.filter(status=S.WAITING).exists()


def test_services_refuse_a_user_without_the_permission_and_other_trainers(trainer_setup, today):
    account, other, theirs = trainer_setup
    _ed, (session, _next), first, _second = today
    with pytest.raises(attendance_services.NotAllowed):
        attendance_services.record_attendance(first, session, A.PRESENT, by=f.redacteur())
    other_session = other.sessions.get()
    with pytest.raises(attendance_services.NotFound):
        attendance_services.record_attendance(theirs, other_session, A.PRESENT, by=account)
    with pytest.raises(attendance_services.UnknownCode):
        attendance_services.check_in(theirs.checkin_code, by=account)
    assert not Attendance.objects.exists()


# The roster in the admin ----------------------------------------------------------------------


def test_roster_without_javascript_marks_one_person_and_shows_the_counts(
    client, trainer_setup, today
):
    account, _other, _theirs = trainer_setup
    ed, (session, _next), first, second = today
    client.force_login(account)
    page = client.get(roster(ed, session))
    assert page.status_code == 200
    html = page.content.decode()
    assert "Fatima El Amrani" in html and "Jan de Boer" in html
    assert "Aanwezig: <strong>0</strong> van 2" in html
    response = client.post(
        roster(ed, session), {"action": "mark", "registration": first.pk, "status": A.PRESENT}
    )
    assert response.status_code == 302
    assert response["Location"].endswith(f"#deelnemer-{first.pk}")
    attendance = Attendance.objects.get(registration=first, session=session)
    assert (attendance.status, attendance.recorded_by) == (A.PRESENT, account)
    html = client.get(roster(ed, session)).content.decode()
    assert "Aanwezig: <strong>1</strong> van 2" in html
    assert 'aria-pressed="true"' in html


def test_roster_everyone_present_code_and_walk_in(client, trainer_setup, today):
    account, _other, _theirs = trainer_setup
    ed, (session, _next), first, second = today
    client.force_login(account)
    typed = second.display_checkin_code.lower()
    response = client.post(roster(ed, session), {"action": "code", "code": typed})
    assert response.status_code == 302
    assert Attendance.objects.get(registration=second).method == Attendance.Method.CODE
    response = client.post(roster(ed, session), {"action": "all"})
    assert response.status_code == 302
    assert Attendance.objects.filter(session=session, status__in=[A.PRESENT, A.LATE]).count() == 2
    response = client.post(
        roster(ed, session),
        {"action": "walkin", "inloop-first_name": "Piet", "inloop-last_name": "Inloop"},
    )
    assert response.status_code == 302
    html = client.get(roster(ed, session)).content.decode()
    assert "Piet Inloop" in html
    assert "Aanwezig: <strong>3</strong> van 3" in html


def test_roster_refusals_are_4xx_with_the_message_and_save_nothing(client, trainer_setup, today):
    account, _other, theirs = trainer_setup
    ed, (session, _next), first, _second = today
    client.force_login(account)
    bad_status = client.post(
        roster(ed, session), {"action": "mark", "registration": first.pk, "status": "x"}
    )
    assert bad_status.status_code == 400
    unknown = client.post(roster(ed, session), {"action": "code", "code": "0000-0000"})
    assert unknown.status_code == 404
    book(ed)  # full now
    full = client.post(
        roster(ed, session),
        {"action": "walkin", "inloop-first_name": "Vol", "inloop-last_name": "Gelopen"},
    )
    assert full.status_code == 409
    assert "vol" in full.content.decode()
    incomplete = client.post(roster(ed, session), {"action": "walkin", "inloop-first_name": "X"})
    assert incomplete.status_code == 400
    assert not Attendance.objects.exists()
    assert not Participant.objects.filter(last_name="Gelopen").exists()


def test_trainer_gets_404_for_rosters_and_lists_of_other_editions(client, trainer_setup, today):
    account, other, theirs = trainer_setup
    ed, (session, _next), first, _second = today
    other_session = other.sessions.get()
    client.force_login(account)
    pdf = reverse("academy_editions:presence_list", args=(other.pk, other_session.pk))
    assert client.get(roster(other, other_session)).status_code == 404
    assert client.get(pdf).status_code == 404
    response = client.post(
        roster(other, other_session),
        {"action": "mark", "registration": theirs.pk, "status": A.PRESENT},
    )
    assert response.status_code == 404
    # A session of another edition under the own edition's address: 404 as well.
    assert client.get(roster(ed, other_session)).status_code == 404
    # Someone of another edition posted to the own roster: 404, nothing saved.
    response = client.post(
        roster(ed, session), {"action": "mark", "registration": theirs.pk, "status": A.PRESENT}
    )
    assert response.status_code == 404
    assert not Attendance.objects.exists()


def test_presence_menu_lists_own_sessions_only(client, trainer_setup, today):
    account, other, _theirs = trainer_setup
    ed, (session, _next), _first, _second = today
    client.force_login(account)
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("academy_attendance:index") in home
    page = client.get(reverse("academy_attendance:index"))
    assert page.status_code == 200
    html = page.content.decode()
    assert roster(ed, session) in html
    assert roster(other, other.sessions.get()) not in html
    overview = client.get(reverse("academy_editions:registrations", args=(ed.pk,)))
    assert roster(ed, session) in overview.content.decode()


def test_editor_without_attendance_permission_cannot_open_the_roster(client, today):
    ed, (session, _next), first, _second = today
    client.force_login(f.redacteur())
    index = client.get(reverse("academy_attendance:index"))
    assert index.status_code in (302, 403)
    response = client.post(
        roster(ed, session), {"action": "mark", "registration": first.pk, "status": A.PRESENT}
    )
    assert response.status_code in (302, 403, 404)
    assert "Fatima" not in response.content.decode()
    assert not Attendance.objects.exists()


# Not before the session: from half an hour before its start (academy.rules) --------------------


def test_rule_opens_attendance_half_an_hour_before_the_start(today):
    from academy import rules

    _ed, (session, next_week), _first, _second = today
    assert rules.ATTENDANCE_OPENS_BEFORE == dt.timedelta(minutes=30)
    opens = next_week.start - dt.timedelta(minutes=30)
    assert not rules.attendance_open(next_week, opens - dt.timedelta(seconds=1))
    assert rules.attendance_open(next_week, opens)
    # After the session there is no end: a trainer may fill in the list afterwards.
    assert rules.attendance_open(session, session.end + dt.timedelta(days=30))


def test_services_refuse_attendance_before_the_session_and_save_nothing(today, staff):
    ed, (_session, next_week), first, second = today
    too_early = next_week.start - dt.timedelta(minutes=31)
    refused = [
        lambda: attendance_services.record_attendance(
            first, next_week, A.PRESENT, by=staff, now=too_early
        ),
        lambda: attendance_services.mark_all_present(next_week, by=staff, now=too_early),
        lambda: attendance_services.check_in(
            second.checkin_code, by=staff, session=next_week, now=too_early
        ),
        lambda: attendance_services.add_walk_in(
            next_week, attendance_services.WalkIn("Vroeg", "Gekomen"), by=staff, now=too_early
        ),
    ]
    for call in refused:
        with pytest.raises(attendance_services.NotStartedYet) as error:
            call()
        assert error.value.status == 409
        assert "nog niet begonnen" in str(error.value.message)
    assert not Attendance.objects.exists()
    assert not Participant.objects.filter(last_name="Gekomen").exists()
    # At the door, half an hour before the start, it is allowed.
    at_the_door = next_week.start - dt.timedelta(minutes=30)
    result = attendance_services.check_in(
        second.checkin_code, by=staff, session=next_week, now=at_the_door
    )
    assert result.attendance.status == A.PRESENT


def test_roster_of_a_session_next_week_shows_no_buttons_and_refuses_a_tap(
    client, trainer_setup, today
):
    account, _other, _theirs = trainer_setup
    ed, (_session, next_week), first, _second = today
    client.force_login(account)
    page = client.get(roster(ed, next_week))
    assert page.status_code == 200
    html = page.content.decode()
    assert "Deze bijeenkomst is nog niet begonnen" in html
    assert "een half uur voor het begin" in html
    assert "Fatima El Amrani" in html  # the list is there to look at
    assert 'name="status"' not in html and 'name="code"' not in html
    for data in (
        {"action": "mark", "registration": first.pk, "status": A.PRESENT},
        {"action": "all"},
        {"action": "code", "code": first.display_checkin_code},
        {"action": "walkin", "inloop-first_name": "Vroeg", "inloop-last_name": "Gekomen"},
    ):
        response = client.post(roster(ed, next_week), data)
        assert response.status_code == 409, data
        assert "nog niet begonnen" in response.content.decode()
    assert not Attendance.objects.exists()
    assert not Participant.objects.filter(last_name="Gekomen").exists()


# The roster: the code field says "not found" in place; the header names the course -------------


def test_mistyped_code_is_said_next_to_the_field_and_the_roster_stays(client, trainer_setup, today):
    account, _other, _theirs = trainer_setup
    ed, (session, _next), _first, _second = today
    client.force_login(account)
    response = client.post(roster(ed, session), {"action": "code", "code": "K7M2-0Q9Z"})
    assert response.status_code == 404
    html = response.content.decode()
    assert "data-roster" in html  # the roster, not a 404 page
    assert "Fatima El Amrani" in html and "Jan de Boer" in html
    assert "Code niet gevonden." in html
    assert 'id="roster-code-error" role="alert"' in html
    assert 'value="K7M2-0Q9Z"' in html  # kept, to correct it
    assert 'aria-invalid="true"' in html
    assert not Attendance.objects.exists()


def test_code_of_someone_without_a_place_is_said_next_to_the_field(client, trainer_setup, today):
    account, _other, _theirs = trainer_setup
    ed, (session, _next), first, _second = today
    services.cancel(first, by=services.CancelledBy.STAFF)
    client.force_login(account)
    response = client.post(roster(ed, session), {"action": "code", "code": first.checkin_code})
    assert response.status_code == 409
    html = response.content.decode()
    assert 'id="roster-code-error"' in html and "geen plek" in html
    assert "Jan de Boer" in html
    assert not Attendance.objects.exists()


def test_roster_header_names_the_course_of_two_trainings_at_the_same_time(client, staff, now):
    from .conftest import course, edition

    start = now + dt.timedelta(minutes=10)
    first = edition(course(title="Omgaan met dementie"), first_start=start)
    second = edition(course(title="Eerste hulp bij eenzaamheid"), first_start=start)
    client.force_login(staff)
    for ed, title, other in (
        (first, "Omgaan met dementie", "Eerste hulp bij eenzaamheid"),
        (second, "Eerste hulp bij eenzaamheid", "Omgaan met dementie"),
    ):
        html = client.get(roster(ed, ed.sessions.get())).content.decode()
        assert f'<h2 class="roster__title" data-roster-title>{title}</h2>' in html
        assert f"<title>Presentie: {title}" in html
        assert other not in html
        assert f"{timezone_hm(start)}" in html


def timezone_hm(value):
    from django.utils import timezone

    local = timezone.localtime(value)
    return f"{local.hour}.{local:%M}"  # Dutch style (cms/formats/nl): 9.05, 19.30
