"""The page shell in the states a visitor meets besides the anonymous pages that
test_html_validity checks: signed in (the account links and the logout form in the header)
and forms sent with errors (the error summary), valid HTML according to the Nu HTML Checker."""

import datetime as dt

import pytest
from django.test import Client
from django.urls import reverse

from tests import factories as f
from tests.academy.conftest import course, edition, user_with_participant
from tests.cms.test_html_validity import _run_vnu, _vnu_problem, describe
from tests.conftest import ARTIFACTS, missing_tool

pytestmark = [pytest.mark.sqlite_only, pytest.mark.django_db]


@pytest.fixture
def documents():
    """{name: (status, bytes)} of each state."""
    index = f.news_index()
    f.news_item(index, title="Bericht", slug="bericht", date=dt.date(2026, 5, 1))
    contact = f.contact_page(slug="contact")
    user, person = user_with_participant(email="geldig.html@example.nl")
    person.first_name = person.last_name = ""
    person.save()
    ed = edition(course(title="Basistraining", prices={"professional": 4500}))
    client = Client()
    found = {}

    def keep(name, response):
        found[name] = (response.status_code, response.content)

    keep("anonymous", client.get("/nieuws/bericht/"))
    keep("contact_errors", client.post(contact.url, {}))
    client.force_login(user)
    keep("signed_in", client.get("/nieuws/bericht/"))
    keep("enrol_errors", client.post(reverse("academy:enrol", args=[ed.pk]), {}))
    keep("profile_errors", client.post(reverse("academy:profile"), {"first_name": ""}))
    return found


def test_header_and_error_summaries_are_valid_html(documents):
    statuses = {name: status for name, (status, _content) in documents.items()}
    assert statuses == {
        "anonymous": 200,
        "contact_errors": 400,
        "signed_in": 200,
        "enrol_errors": 400,
        "profile_errors": 400,
    }
    assert b"data-error-summary" in documents["enrol_errors"][1]
    assert b"data-error-summary" in documents["profile_errors"][1]
    assert b"Uitloggen" in documents["signed_in"][1]
    jar, problem = _vnu_problem()
    if problem:
        missing_tool(problem)
    messages = _run_vnu(jar, documents, ARTIFACTS / "html-shell")
    report = [f"{name}:\n{describe(found)}" for name, found in messages.items() if found]
    assert not report, "HTML errors:\n" + "\n".join(report)
