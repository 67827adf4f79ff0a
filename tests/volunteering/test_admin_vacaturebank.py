"""The vacaturebank admin for VMCA staff: queue, check, organisations, lists, exports,
unanswered reactions, a person's data, and who may see it."""

import datetime as dt
import json
import re

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from wagtail.models import ModelLogEntry

from tests import factories as f
from volunteering.models import (
    HelpRequest,
    OrganisationStatus,
    Reaction,
    VacancyAlert,
    VacancyStatus,
)
from volunteering.services import moderation

from . import builders as b

pytestmark = pytest.mark.django_db

ALL_TICKED = list(moderation.CRITERIA)
STAFF_PERMISSIONS = [
    "access_admin",
    "view_vacancy",
    "change_vacancy",
    "view_organisationaccount",
    "change_organisationaccount",
    "view_reaction",
    "change_reaction",
    "view_helprequest",
    "change_helprequest",
]


def staff_user(permissions=STAFF_PERMISSIONS):
    account = f.user()
    account.user_permissions.add(*Permission.objects.filter(codename__in=permissions))
    return account


@pytest.fixture
def site():
    """Entries that belong to no single object are logged on the default site (the
    migrations make it; a run with --no-migrations has none)."""
    from wagtail.models import Locale, Page, Site

    if Site.objects.filter(is_default_site=True).exists():
        return
    locale, _ = Locale.objects.get_or_create(language_code="nl")
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=locale)
    )
    Site.objects.create(hostname="localhost", root_page=root, is_default_site=True)


@pytest.fixture
def staff_client(client):
    client.force_login(staff_user())
    return client


def submitted(now, **fields):
    return b.vacancy(
        live=False, now=now, status=VacancyStatus.SUBMITTED, submitted_at=now, **fields
    )


def test_queue_lists_waiting_vacancies_and_check_approves(staff_client, now):
    vacancy = submitted(now, title="Maatje voor een oudere")
    queue = staff_client.get(reverse("vacaturebank_controle:index"))
    assert queue.status_code == 200
    assert "Maatje voor een oudere" in queue.content.decode()
    url = reverse("vacaturebank_controle:vacancy", args=(vacancy.pk,))
    page = staff_client.get(url)
    assert page.status_code == 200
    assert "Het werk vervangt geen betaald werk." in page.content.decode()
    refused = staff_client.post(url, {"decision": "goedkeuren", "checklist": ALL_TICKED[:2]})
    assert refused.status_code == 400
    vacancy.refresh_from_db()
    assert vacancy.status == VacancyStatus.SUBMITTED
    done = staff_client.post(url, {"decision": "goedkeuren", "checklist": ALL_TICKED})
    assert done.status_code == 302
    vacancy.refresh_from_db()
    assert vacancy.status == VacancyStatus.PUBLISHED


def test_check_page_names_the_days_and_parts_of_the_day(staff_client, now):
    # Monday and Wednesday (bits 1 and 4), the evening (bit 4); none: a dash, never a number.
    with_days = submitted(now, days=1 | 4, day_parts=4)
    without = submitted(now)
    html = staff_client.get(reverse("vacaturebank_controle:vacancy", args=(with_days.pk,)))
    text = " ".join(re.sub(r"<[^>]+>", " ", html.content.decode()).split())
    assert "Dagen maandag, woensdag" in text
    assert "Dagdelen avond" in text
    html = staff_client.get(reverse("vacaturebank_controle:vacancy", args=(without.pk,)))
    text = " ".join(re.sub(r"<[^>]+>", " ", html.content.decode()).split())
    assert "Dagen –" in text and "Dagdelen –" in text


def test_check_returns_with_reason(staff_client, now):
    vacancy = submitted(now)
    url = reverse("vacaturebank_controle:vacancy", args=(vacancy.pk,))
    assert staff_client.post(url, {"decision": "terugsturen", "reason": ""}).status_code == 400
    response = staff_client.post(url, {"decision": "terugsturen", "reason": "Te vaag."})
    assert response.status_code == 302
    vacancy.refresh_from_db()
    assert vacancy.status == VacancyStatus.RETURNED


def test_change_check_shows_old_and_new(staff_client, now):
    from volunteering.models import VacancyChange

    vacancy = b.vacancy(now=now, title="Oude titel")
    change = VacancyChange.objects.create(
        vacancy=vacancy, data={"title": "Nieuwe titel"}, submitted_at=now
    )
    page = staff_client.get(reverse("vacaturebank_controle:change", args=(change.pk,)))
    text = page.content.decode()
    assert "Oude titel" in text and "Nieuwe titel" in text


def test_organisation_suspend_and_reinstate(staff_client, now):
    organisation = b.organisation(now=now)
    account = organisation.vacancy_account
    page = staff_client.get(reverse("vacaturebank_organisaties:decide", args=(account.pk,)))
    assert page.status_code == 200
    url = reverse("vacaturebank_organisaties:suspend", args=(account.pk,))
    assert staff_client.post(url, {"reason": ""}).status_code == 400
    assert staff_client.post(url, {"reason": "Klachten"}).status_code == 302
    account.refresh_from_db()
    assert account.status == OrganisationStatus.SUSPENDED
    url = reverse("vacaturebank_organisaties:reinstate", args=(account.pk,))
    assert staff_client.post(url, {}).status_code == 302
    account.refresh_from_db()
    assert account.status == OrganisationStatus.APPROVED
    index = staff_client.get(reverse("vacaturebank_organisaties:index") + "?status=goedgekeurd")
    assert organisation.name in index.content.decode()


def test_post_on_behalf_form(staff_client, now):
    organisation = b.organisation(now=now)
    data = {
        "organisation": organisation.pk,
        "title": "Klussen in de tuin",
        "summary": "Help in de tuin.",
        "tasks": "U maakt de tuin mooi.",
        "commitment": "vast",
        "places": 1,
        "contact_name": "Piet",
        "contact_email": "piet@tuin.example",
        "checklist": ALL_TICKED,
    }
    response = staff_client.post(reverse("vacaturebank_plaatsen:index"), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    vacancy = organisation.vacancies.get()
    assert vacancy.posted_by_staff and vacancy.status == VacancyStatus.PUBLISHED


def test_vacancy_export_csv(staff_client, now):
    b.vacancy(now=now, title="Koffie schenken")
    response = staff_client.get(reverse("vacaturebank_vacatures:index") + "?export=csv")
    assert response.status_code == 200
    lines = b"".join(response.streaming_content).decode("utf-8-sig").splitlines()
    assert lines[0].startswith("Titel;Organisatie;Staat")
    assert lines[1].startswith("Koffie schenken;")
    assert "Online" in lines[1]


def test_reaction_export_csv_is_logged(staff_client, now, site):
    reaction = b.reaction(b.vacancy(now=now), now=now, name="Anna Bakker")
    response = staff_client.get(reverse("vacaturebank_reacties:index") + "?export=csv")
    lines = b"".join(response.streaming_content).decode("utf-8-sig").splitlines()
    assert lines[0].split(";")[:3] == ["Vacature", "Organisatie", "Naam"]
    assert "Anna Bakker" in lines[1]
    entry = ModelLogEntry.objects.get(action="volunteering.export_list")
    assert entry.data["rijen"] == 1
    assert reaction.name not in json.dumps(entry.data)


def test_unanswered_list(staff_client, now):
    vacancy = b.vacancy(now=now)
    old = b.reaction(vacancy, now=now - dt.timedelta(days=14), name="Oude Reactie")
    b.reaction(vacancy, now=now, name="Verse Reactie")
    text = staff_client.get(reverse("vacaturebank_reacties:index") + "?unanswered=ja").content
    text = text.decode()
    assert old.name in text
    assert "Verse Reactie" not in text


def test_help_request_follow_up_records_who_and_when(staff_client, now):
    request = HelpRequest.objects.create(name="Bram", phone="0612345678", created=now)
    url = reverse("vacaturebank_hulpvragen:edit", args=(request.pk,))
    response = staff_client.post(url, {"status": "gepland", "follow_up": "Gebeld, afspraak."})
    assert response.status_code == 302
    request.refresh_from_db()
    assert request.status == "gepland" and request.handled_by is not None
    entry = ModelLogEntry.objects.get(action="volunteering.update_help_request")
    assert "Bram" not in entry.label


def test_privacy_export_and_erase(staff_client, now, site):
    vacancy = b.vacancy(now=now)
    b.reaction(vacancy, now=now, email="els@example.org", name="Els")
    HelpRequest.objects.create(name="Els", email="els@example.org", created=now)
    VacancyAlert.objects.create(email="Els@Example.org", token="t1", created=now)
    url = reverse("vacaturebank_privacy:index")
    page = staff_client.get(url, {"person": "els@example.org"})
    assert page.status_code == 200 and "Els" in page.content.decode()
    export = staff_client.get(url, {"person": "els@example.org", "export": "json"})
    data = json.loads(export.content)
    assert len(data["reacties"]) == 1 and len(data["hulpvragen"]) == 1
    assert len(data["attenderingen"]) == 1
    confirm = staff_client.post(url, {"person": "els@example.org"})
    assert confirm.status_code == 200
    assert Reaction.objects.count() == 1
    done = staff_client.post(url, {"person": "els@example.org", "confirm": "ja"})
    assert done.status_code == 302
    assert not Reaction.objects.exists()
    assert not HelpRequest.objects.exists()
    assert not VacancyAlert.objects.exists()
    entry = ModelLogEntry.objects.get(action="volunteering.erase_person")
    assert "els" not in json.dumps(entry.data).lower()
    assert entry.data["reacties"] == 1


def test_privacy_finds_a_phone_number_written_otherwise(staff_client, now):
    b.reaction(b.vacancy(now=now), now=now, email="", phone="06-12345678", name="Mo")
    page = staff_client.get(reverse("vacaturebank_privacy:index"), {"person": "+31 6 1234 5678"})
    assert "Mo" in page.content.decode()


def test_admin_without_vacaturebank_permissions_gets_403(client, now):
    vacancy = submitted(now)
    organisation = b.organisation(now=now)
    client.force_login(staff_user(["access_admin"]))
    home = client.get(reverse("wagtailadmin_home"))
    assert home.status_code == 200
    assert "Vacaturebank" not in home.content.decode()
    for url in (
        reverse("vacaturebank_controle:index"),
        reverse("vacaturebank_controle:vacancy", args=(vacancy.pk,)),
        reverse("vacaturebank_plaatsen:index"),
        reverse("vacaturebank_privacy:index"),
        reverse("vacaturebank_organisaties:suspend", args=(organisation.vacancy_account.pk,)),
    ):
        assert client.get(url).status_code == 403, url
    response = client.post(
        reverse("vacaturebank_controle:vacancy", args=(vacancy.pk,)),
        {"decision": "goedkeuren", "checklist": ALL_TICKED},
    )
    assert response.status_code == 403
    vacancy.refresh_from_db()
    assert vacancy.status == VacancyStatus.SUBMITTED
    for url in (
        reverse("vacaturebank_vacatures:index"),
        reverse("vacaturebank_reacties:index") + "?export=csv",
    ):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        if response.status_code == 302:
            assert response["Location"] == reverse("wagtailadmin_home")


def test_staff_see_the_menu(staff_client):
    assert "Vacaturebank" in staff_client.get(reverse("wagtailadmin_home")).content.decode()


def test_organisation_member_without_staff_rights_is_sent_away(client, now):
    member = b.user()
    b.organisation(now=now, members=[member])
    client.force_login(member)
    for url in (reverse("wagtailadmin_home"), reverse("vacaturebank_controle:index")):
        response = client.get(url)
        assert response.status_code == 302
        assert "login" in response["Location"]


def test_log_actions_have_dutch_labels():
    from wagtail.log_actions import registry

    assert registry.get_action_label("volunteering.approve_vacancy") == "Vacature goedgekeurd"
    assert registry.get_action_label("volunteering.erase_person") == (
        "Gegevens van een persoon gewist"
    )


def test_vacancy_export_xlsx(staff_client, now):
    b.vacancy(now=now, title="Koffie schenken")
    response = staff_client.get(reverse("vacaturebank_vacatures:index") + "?export=xlsx")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")


def test_vacancy_state_filter(staff_client, now):
    live = b.vacancy(now=now, title="Nu online")
    b.vacancy(now=now, title="Al verlopen", expires_on=live.expires_on.replace(year=2000))
    text = staff_client.get(reverse("vacaturebank_vacatures:index") + "?state=online").content
    assert "Nu online" in text.decode() and "Al verlopen" not in text.decode()


def test_suspend_without_permission_changes_nothing(client, now):
    organisation = b.organisation(now=now)
    client.force_login(staff_user(["access_admin", "view_organisationaccount"]))
    url = reverse("vacaturebank_organisaties:suspend", args=(organisation.vacancy_account.pk,))
    assert client.post(url, {"reason": "x"}).status_code == 403
    organisation.vacancy_account.refresh_from_db()
    assert organisation.vacancy_account.status == OrganisationStatus.APPROVED


def test_erase_needs_change_permissions(client, now):
    b.reaction(b.vacancy(now=now), now=now, email="els@example.org")
    client.force_login(staff_user(["access_admin", "view_reaction", "view_helprequest"]))
    url = reverse("vacaturebank_privacy:index")
    assert client.get(url, {"person": "els@example.org"}).status_code == 200
    response = client.post(url, {"person": "els@example.org", "confirm": "ja"})
    assert response.status_code == 403
    assert Reaction.objects.count() == 1


def test_every_page_opens_for_staff(staff_client, now):
    from volunteering.models import VacancyChange

    vacancy = b.vacancy(now=now)
    waiting = submitted(now)
    change = VacancyChange.objects.create(vacancy=vacancy, data={"title": "X"}, submitted_at=now)
    reaction = b.reaction(vacancy, now=now)
    help_request = HelpRequest.objects.create(name="Bram", phone="0612345678", created=now)
    account = vacancy.organisation.vacancy_account
    for url in (
        reverse("vacaturebank_controle:index"),
        reverse("vacaturebank_controle:vacancy", args=(waiting.pk,)),
        reverse("vacaturebank_controle:vacancy", args=(vacancy.pk,)),
        reverse("vacaturebank_controle:change", args=(change.pk,)),
        reverse("vacaturebank_plaatsen:index"),
        reverse("vacaturebank_organisaties:index") + "?q=Stichting",
        reverse("vacaturebank_organisaties:decide", args=(account.pk,)),
        reverse("vacaturebank_organisaties:suspend", args=(account.pk,)),
        reverse("vacaturebank_vacatures:index") + "?status=gepubliceerd&posted_by_staff=false",
        reverse("vacaturebank_vacatures:inspect", args=(vacancy.pk,)),
        reverse("vacaturebank_reacties:index"),
        reverse("vacaturebank_reacties:inspect", args=(reaction.pk,)),
        reverse("vacaturebank_hulpvragen:index"),
        reverse("vacaturebank_hulpvragen:edit", args=(help_request.pk,)),
        reverse("vacaturebank_privacy:index"),
    ):
        assert staff_client.get(url).status_code == 200, url
    missing = staff_client.get(reverse("vacaturebank_controle:vacancy", args=(999999,)))
    assert missing.status_code == 404


def test_state_filter_agrees_with_vacancy_state(now):
    from volunteering import rules
    from volunteering.models import Vacancy

    suspended = b.organisation(status=OrganisationStatus.SUSPENDED, now=now)
    vacancies = [
        b.vacancy(now=now),
        b.vacancy(suspended, now=now),
        b.vacancy(now=now, expires_on=now.date().replace(year=2000)),
        submitted(now),
        b.vacancy(live=False, now=now),
    ]
    for state in rules.VacancyState:
        found = set(Vacancy.objects.filter(rules.state_q(state, now)))
        expected = {v for v in vacancies if rules.vacancy_state(v, now) == state}
        assert found == expected, state
