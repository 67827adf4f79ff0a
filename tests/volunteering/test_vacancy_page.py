"""A vacancy's page (what a person needs to decide, who may see one that is not online, the
canonical address, schema.org JobPosting) and an organisation's page."""

import datetime as dt
import json
import re
from html import unescape

import pytest
from django.contrib.auth.models import Permission
from django.utils import timezone

from volunteering.models import OrganisationStatus, VacancyStatus
from volunteering.presentation import day_names, day_part_names, schedule

from . import builders as b

pytestmark = pytest.mark.django_db


@pytest.fixture
def index():
    return b.vacancy_index()


def url(vacancy):
    return f"/vacaturebank/{vacancy.pk}-{vacancy.slug}/"


def text(response):
    html = re.sub(r"<script.*?</script>", " ", response.content.decode(), flags=re.S)
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def json_ld(response):
    blocks = re.findall(
        r'<script type="application/ld\+json">(.*?)</script>', response.content.decode(), re.S
    )
    return [json.loads(block) for block in blocks]


@pytest.fixture
def full_vacancy(now):
    district = b.wijk("Almere Buiten")
    neighbourhood = b.wijk("Regenboogbuurt", district=district)
    org = b.organisation(
        "Buurthuis De Schakel",
        now=now,
        slug="buurthuis-de-schakel",
        website="https://schakel.example",
    )
    return b.vacancy(
        org,
        now=now,
        title="Gastvrouw of gastheer",
        summary="Ontvang bezoekers in het buurthuis.",
        tasks="U zet koffie en maakt een praatje.",
        offer="Een gezellig team.",
        training=True,
        expense_allowance=True,
        vog="organisatie",
        commitment="vast",
        hours_per_week=4,
        days=1 | 4,
        day_parts=1,
        street_address="Kerkgracht 10",
        postcode="1354 AA",
        wijk=neighbourhood,
        places=3,
        for_young_people=True,
        little_dutch=True,
        start_date=timezone.localdate(now) + dt.timedelta(days=14),
        contact_name="Anouk Bakker",
        themes=[b.theme("Ontmoeting")],
    )


def test_a_vacancy_page_shows_what_a_person_needs_to_decide(client, index, full_vacancy):
    response = client.get(url(full_vacancy))
    assert response.status_code == 200
    page = text(response)
    for fact in (
        "Gastvrouw of gastheer",
        "U zet koffie en maakt een praatje.",
        "Een gezellig team.",
        "Training via de Vrijwilligersacademie",
        "U krijgt een onkostenvergoeding.",
        "VOG nodig, de organisatie betaalt",
        "Regelmatig, 4 uur per week",
        "maandag, woensdag",
        "ochtend",
        "Kerkgracht 10, 1354 AA",
        "Regenboogbuurt",
        "Geschikt voor jongeren",
        "Weinig Nederlands nodig",
        "Anouk Bakker",
        "Ontmoeting",
        "Reageren kan tot en met",
        "Buurthuis De Schakel",
        "Ik wil dit doen",
    ):
        assert fact in page, fact
    html = response.content.decode()
    assert "https://www.openstreetmap.org/search?query=Kerkgracht+10" in html
    assert f'href="/vacaturebank/{full_vacancy.pk}/reageren/"' in html
    assert 'href="/vacaturebank/organisaties/buurthuis-de-schakel/"' in html
    assert "<title>Gastvrouw of gastheer – Buurthuis De Schakel | VMCA Almere</title>" in html
    assert '<meta name="description" content="Ontvang bezoekers in het buurthuis.">' in html


def test_a_remote_vacancy_says_online_and_has_no_map(client, index, now):
    vacancy = b.vacancy(now=now, remote=True, street_address="Stadhuisplein 1")
    response = client.get(url(vacancy))
    assert "Online / vanuit huis" in text(response)
    assert "openstreetmap" not in response.content.decode()


def test_days_and_day_parts_are_decoded_in_one_place(now):
    assert day_names(1 | 16 | 64) == ["maandag", "vrijdag", "zondag"]
    assert day_part_names(2 | 4) == ["middag", "avond"]
    assert day_names(0) == [] and day_part_names(None) == []
    vacancy = b.vacancy(now=now, days=2, day_parts=4)
    assert schedule(vacancy) == "dinsdag · avond"


def test_short_and_wrong_addresses_redirect_permanently(client, index, now):
    vacancy = b.vacancy(now=now, title="Voorlezer in de bibliotheek")
    canonical = url(vacancy)
    assert canonical.endswith(f"/{vacancy.pk}-voorlezer-in-de-bibliotheek/")
    for wrong in (f"/vacaturebank/{vacancy.pk}/", f"/vacaturebank/{vacancy.pk}-oude-titel/"):
        response = client.get(wrong)
        assert response.status_code == 301
        assert response["Location"] == canonical


def test_an_unknown_vacancy_is_404(client, index):
    assert client.get("/vacaturebank/999999/").status_code == 404
    assert client.get("/vacaturebank/999999-iets/").status_code == 404


@pytest.mark.parametrize(
    "fields, org_status",
    [
        ({"live": False}, "goedgekeurd"),
        ({"status": VacancyStatus.SUBMITTED, "live": False}, "goedgekeurd"),
        ({"status": VacancyStatus.CLOSED}, "goedgekeurd"),
        ({"expires_on": "yesterday"}, "goedgekeurd"),
        ({}, OrganisationStatus.SUSPENDED),
    ],
)
def test_a_vacancy_that_is_not_live_is_404_for_the_public(client, index, now, fields, org_status):
    fields = dict(fields)
    if fields.get("expires_on") == "yesterday":
        fields["expires_on"] = timezone.localdate(now) - dt.timedelta(days=1)
    vacancy = b.vacancy(b.organisation(status=org_status, now=now), now=now, **fields)
    assert client.get(url(vacancy)).status_code == 404
    client.force_login(b.user())
    assert client.get(url(vacancy)).status_code == 404


def test_a_member_of_the_organisation_sees_a_vacancy_that_is_not_online(client, index, now):
    member = b.user()
    vacancy = b.vacancy(b.organisation(members=[member], now=now), now=now, live=False)
    client.force_login(member)
    response = client.get(url(vacancy))
    assert response.status_code == 200
    assert "Deze vacature is niet online." in text(response)
    assert "no-store" in response["Cache-Control"]
    assert '<meta name="robots" content="noindex, nofollow">' in response.content.decode()
    assert json_ld(response) == []
    assert "Ik wil dit doen" not in text(response)


def test_staff_who_moderate_see_a_vacancy_that_is_not_online(client, index, now):
    staff = b.user()
    staff.user_permissions.add(Permission.objects.get(codename="change_vacancy"))
    vacancy = b.vacancy(now=now, status=VacancyStatus.CLOSED)
    client.force_login(staff)
    response = client.get(url(vacancy))
    assert response.status_code == 200
    assert "Deze vacature is niet online." in text(response)


def test_a_live_vacancy_has_no_offline_banner(client, index, now):
    member = b.user()
    vacancy = b.vacancy(b.organisation(members=[member], now=now), now=now)
    client.force_login(member)
    assert "niet online" not in text(client.get(url(vacancy)))


def test_job_posting(client, index, full_vacancy, now):
    response = client.get(url(full_vacancy))
    [data] = json_ld(response)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "JobPosting"
    assert data["employmentType"] == "VOLUNTEER"
    assert data["title"] == "Gastvrouw of gastheer"
    assert "U zet koffie" in data["description"]
    assert data["datePosted"] == timezone.localdate(full_vacancy.published_at).isoformat()
    assert data["validThrough"].startswith(full_vacancy.expires_on.isoformat() + "T23:59:59")
    assert data["hiringOrganization"] == {
        "@type": "Organization",
        "name": "Buurthuis De Schakel",
        "sameAs": "https://schakel.example",
    }
    assert data["jobLocation"]["address"]["streetAddress"] == "Kerkgracht 10"
    assert data["jobLocation"]["address"]["postalCode"] == "1354 AA"
    assert "jobLocationType" not in data
    assert data["directApply"] is False
    assert data["url"] == "http://testserver" + url(full_vacancy)
    assert data["totalJobOpenings"] == 3


def test_job_posting_of_remote_work_and_escaping(client, index, now):
    vacancy = b.vacancy(now=now, remote=True, title="Hulp </script><b>online</b> & meer")
    response = client.get(url(vacancy))
    html = response.content.decode()
    assert "</script><b>" not in html
    [data] = json_ld(response)
    assert data["title"] == "Hulp </script><b>online</b> & meer"
    assert data["jobLocationType"] == "TELECOMMUTE"
    assert "jobLocation" not in data


# The organisation's page --------------------------------------------------------------------


def test_organisation_page_shows_profile_and_live_vacancies(client, index, now):
    district = b.wijk("Almere Haven")
    org = b.organisation(
        "Stichting Samen",
        now=now,
        slug="stichting-samen",
        description="Wij helpen buren elkaar.",
        street_address="Sluis 2",
        postcode="1357 AB",
        wijk=district,
        website="https://samen.example",
        phone="036 123 45 67",
    )
    b.vacancy(org, now=now, title="Maatje")
    b.vacancy(org, now=now, title="Oud", expires_on=timezone.localdate(now) - dt.timedelta(days=2))
    b.vacancy(org, now=now, title="Concept", live=False)
    b.vacancy(now=now, title="Van een ander")
    response = client.get("/vacaturebank/organisaties/stichting-samen/")
    assert response.status_code == 200
    page = text(response)
    for fact in (
        "Stichting Samen",
        "Wij helpen buren elkaar.",
        "Sluis 2",
        "Almere Haven",
        "https://samen.example",
        "036 123 45 67",
        "1 open vacature",
        "Maatje",
    ):
        assert fact in page, fact
    for absent in ("Oud", "Concept", "Van een ander"):
        assert absent not in page


@pytest.mark.parametrize("status", [None, OrganisationStatus.PENDING, OrganisationStatus.SUSPENDED])
def test_organisation_page_is_404_without_an_approved_account(client, index, now, status):
    b.organisation("Stichting Nog Niet", now=now, slug="nog-niet", status=status)
    assert client.get("/vacaturebank/organisaties/nog-niet/").status_code == 404
    assert client.get("/vacaturebank/organisaties/bestaat-niet/").status_code == 404
