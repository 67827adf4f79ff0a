"""Retention (AVG): help requests go after the set time and reactions lose their person,
with the mails that carried their details; unconfirmed alerts go after a week."""

import datetime as dt

import pytest
from django.core.management import call_command

from tests.volunteering import builders as b
from volunteering.models import HelpRequest, OutgoingMessage, Reaction, VacancyAlert
from volunteering.services import alerts
from volunteering.services.retention import delete_old_data

pytestmark = pytest.mark.django_db


def _help_request(created, **fields):
    return HelpRequest.objects.create(name="Kees", phone="0612345678", created=created, **fields)


def _alert(created, confirmed=False):
    alert, _state = alerts.subscribe(
        f"a{created.timestamp()}@example.org", "", now=created, language="nl"
    )
    if confirmed:
        alerts.confirm(alert.token, now=created)
    return alert


def test_old_data_goes_and_recent_data_stays(now, settings):
    settings.VOLUNTEERING_RETENTION_MONTHS = 12
    vacancy = b.vacancy(now=now)
    old_reaction = b.reaction(vacancy, now=now - dt.timedelta(days=400))
    recent_reaction = b.reaction(vacancy, now=now - dt.timedelta(days=300))
    old_request = _help_request(now - dt.timedelta(days=400))
    recent_request = _help_request(now - dt.timedelta(days=10))
    stale_alert = _alert(now - dt.timedelta(days=8))
    fresh_alert = _alert(now - dt.timedelta(days=6))
    confirmed_alert = _alert(now - dt.timedelta(days=100), confirmed=True)

    counts = delete_old_data(now, dry_run=True)
    assert counts["reactions"] == 1 and counts["help_requests"] == 1
    assert counts["unconfirmed_alerts"] == 1
    assert Reaction.objects.count() == 2  # a dry run changes nothing

    delete_old_data(now)

    assert list(Reaction.objects.all()) == [recent_reaction]
    # The old reaction stays for the figures, without its person.
    kept = Reaction.all_objects.get(pk=old_reaction.pk)
    assert (kept.name, kept.email, kept.phone, kept.message) == ("", "", "", "")
    assert kept.anonymised_at == now and kept.vacancy == vacancy
    assert kept.status == old_reaction.status and kept.created == old_reaction.created
    assert list(HelpRequest.objects.all()) == [recent_request]
    assert set(VacancyAlert.objects.all()) == {fresh_alert, confirmed_alert}
    assert old_reaction.pk and old_request.pk and stale_alert.pk


def test_the_months_can_be_given(now):
    vacancy = b.vacancy(now=now)
    b.reaction(vacancy, now=now - dt.timedelta(days=100))
    assert delete_old_data(now, months=6)["reactions"] == 0
    assert delete_old_data(now, months=3)["reactions"] == 1


def test_sent_mails_with_personal_details_go_too(now):
    old = OutgoingMessage.objects.create(
        key="reaction-received:1:x",
        kind="reaction_received",
        to="x@example.org",
        subject="s",
        body_text="Piet, 0612345678",
        status="sent",
    )
    OutgoingMessage.objects.filter(pk=old.pk).update(created=now - dt.timedelta(days=400))
    waiting = OutgoingMessage.objects.create(
        key="reaction-received:2:x",
        kind="reaction_received",
        to="x@example.org",
        subject="s",
        body_text="b",
    )
    OutgoingMessage.objects.filter(pk=waiting.pk).update(created=now - dt.timedelta(days=400))
    other = OutgoingMessage.objects.create(
        key="other:1",
        kind="vacancy_approved",
        to="x@example.org",
        subject="s",
        body_text="b",
        status="sent",
    )
    OutgoingMessage.objects.filter(pk=other.pk).update(created=now - dt.timedelta(days=400))

    delete_old_data(now)

    assert set(OutgoingMessage.objects.values_list("pk", flat=True)) == {waiting.pk, other.pk}


def test_the_command_has_a_dry_run(now, capsys):
    _help_request(now - dt.timedelta(days=800))
    b.reaction(b.vacancy(now=now), now=now - dt.timedelta(days=800))
    call_command("delete_old_vacaturebank_data", "--dry-run")
    out = capsys.readouterr().out
    assert "Would anonymise 1 reactions and delete 1 help requests" in out
    assert HelpRequest.objects.count() == 1 and Reaction.objects.count() == 1
    call_command("delete_old_vacaturebank_data")
    assert "Anonymised 1 reactions. Deleted 1 help requests" in capsys.readouterr().out
    assert not HelpRequest.objects.exists() and not Reaction.objects.exists()
    assert Reaction.all_objects.count() == 1
