"""Times as each language writes them (cms/formats/): "19.30 uur" in Dutch, "19:30" in English.

The sessions these tests make start at 19:30 and end at 21:30, Amsterdam time (conftest.edition).
"""

import datetime as dt
import re
from html import unescape

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import formats, translation

from academy.services import registration as services
from tests import factories as f

from .conftest import course, edition, participant

pytestmark = pytest.mark.django_db

# A time written with a colon, or "19.30" / "9.05" as Dutch writes it.
ENGLISH_TIME = re.compile(r"\b\d{1,2}:\d{2}\b")
DUTCH_TIME = re.compile(r"\b\d{1,2}\.\d{2}\b")


def text(response):
    """The page as a reader sees it: tags removed, spaces folded."""
    html = response.content.decode()
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    html = re.sub(r"</?time\b[^>]*>", "", html)  # inline: 19.30–21.30 stays one phrase
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def register(ed, django_capture_on_commit_callbacks):
    """Register someone and send the confirmation, as a request would after its commit."""
    with django_capture_on_commit_callbacks(execute=True):
        return services.register(ed.pk, participant())


def english(dutch_course):
    return f.translate(dutch_course, title="Dealing with loneliness")


@pytest.mark.parametrize(
    ("language", "evening", "morning", "full"),
    [
        ("nl", "19.30", "9.05", "12 maart 2027, 19.30 uur"),
        ("en", "19:30", "9:05", "12 March 2027, 19:30"),
    ],
)
def test_each_language_has_its_own_clock(language, evening, morning, full):
    moment = dt.datetime(2027, 3, 12, 19, 30)
    with translation.override(language):
        assert formats.time_format(dt.time(19, 30)) == evening
        assert formats.time_format(dt.time(9, 5)) == morning
        assert formats.date_format(moment, "DATETIME_FORMAT") == full
        # The input formats stay Django's: the admin's fields still read 19:30.
        assert "%H:%M" in formats.get_format("TIME_INPUT_FORMATS")


def test_dutch_course_page_says_19_30_uur(academy, client):
    page = course(title="Omgaan met eenzaamheid")
    edition(page)

    words = text(client.get(page.url))

    assert "19.30–21.30 uur" in words
    assert not ENGLISH_TIME.search(words), ENGLISH_TIME.findall(words)


def test_english_course_page_says_19_30(academy, client):
    page = english(course(title="Omgaan met eenzaamheid"))
    edition(page)

    response = client.get(page.url)
    words = text(response)

    assert b'<html lang="en">' in response.content
    assert "19:30–21:30" in words
    assert not DUTCH_TIME.search(words), DUTCH_TIME.findall(words)
    assert not re.search(r"\buur\b", words)


def test_dutch_registration_page_and_mail_say_19_30_uur(
    academy, client, django_capture_on_commit_callbacks
):
    mail.outbox.clear()
    registration = register(edition(course()), django_capture_on_commit_callbacks)

    words = text(client.get(reverse("academy:registration", args=[registration.token])))
    (message,) = mail.outbox

    assert "19.30–21.30 uur" in words
    assert not ENGLISH_TIME.search(words), ENGLISH_TIME.findall(words)
    assert "van 19.30 tot 21.30 uur" in message.body
    assert not ENGLISH_TIME.search(message.body), ENGLISH_TIME.findall(message.body)


def test_english_registration_page_and_mail_say_19_30(
    academy, client, django_capture_on_commit_callbacks
):
    mail.outbox.clear()
    ed = edition(english(course()))
    registration = register(ed, django_capture_on_commit_callbacks)

    with translation.override("en"):
        url = reverse("academy:registration", args=[registration.token])
    words = text(client.get(url))
    (message,) = mail.outbox

    assert url.startswith("/en/")
    assert "19:30–21:30" in words
    assert not DUTCH_TIME.search(words), DUTCH_TIME.findall(words)
    assert "from 19:30 to 21:30" in message.body
    assert not DUTCH_TIME.search(message.body), DUTCH_TIME.findall(message.body)
    assert not re.search(r"\buur\b", words + message.body)
