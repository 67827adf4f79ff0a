"""Builders for agenda tests: an agenda page and event pages with dates or repetitions."""

import datetime as dt
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests import factories as f
from tests.conftest import missing_tool

# The agenda tests use fixed dates: the spring change of 2027, Easter, a monthly café from
# March. "Upcoming" and "past" depend on the day they are looked at, so these tests look at
# them on a fixed day before all of those dates (and after the past ones, 2024 and 2025),
# whatever the real time or TEST_NOW: pytestmark = pytest.mark.fixed_clock(AGENDA_DAY).
AGENDA_DAY = "2026-12-01T12:00+01:00"


def time(value):
    return dt.time.fromisoformat(value) if value else None


def agenda():
    from events.models import EventIndexPage

    home = f.home_page()
    existing = EventIndexPage.objects.child_of(home).first()
    return existing or f.add_page(home, EventIndexPage, title="Agenda", slug="agenda")


def kind(slug="werkcafe"):
    from events.models import EventKind

    return EventKind.objects.get(slug=slug)


def event(
    title="Werkcafé",
    slug=None,
    dates=(),
    repeat=None,
    exceptions=(),
    publish_it=True,
    kind_slug="werkcafe",
    **fields,
):
    """An event page. dates: (date, "19:30", "21:00") tuples, or (date, None, None) for all day;
    repeat: dict of repeat_* fields without the prefix; exceptions: dicts of EventException."""
    from events.models import EventDate, EventException, EventPage

    page = EventPage(
        title=title,
        slug=slug or f"event-{abs(hash((title, str(dates), str(repeat)))) % 10**8}",
        kind=kind(kind_slug),
        venue=fields.pop("venue", "Buurtcentrum De Schakel"),
        city=fields.pop("city", "Almere"),
        **fields,
    )
    page.dates = [
        EventDate(
            date=day,
            start_time=time(start),
            end_time=time(end),
            end_date=extra[0] if extra else None,
            status=extra[1] if len(extra) > 1 else "scheduled",
        )
        for day, start, end, *extra in dates
    ]
    for name, value in (repeat or {}).items():
        setattr(page, f"repeat_{name}" if name != "repeat" else name, value)
    page.exceptions = [EventException(**exception) for exception in exceptions]
    agenda().add_child(instance=page)
    if publish_it:
        f.publish(page)
    return page


def feed(client, url="/agenda/ical/", **headers):
    response = client.get(url, **headers)
    assert response.status_code == 200, response.status_code
    return response.content.decode()


@pytest.fixture
def icaljs():
    """Run Mozilla's ical.js (Thunderbird's parser) over a feed; returns its occurrences."""
    library = os.environ.get("ICALJS", "")
    node = shutil.which("node")
    if not node or not library or not Path(library).exists():
        missing_tool("ical.js needs node and the ICALJS path (make fetches it with npm)")
    script = Path(__file__).with_name("icaljs_expand.cjs")

    def run(ics_text):
        result = subprocess.run(
            [node, str(script), library],
            input=ics_text,
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        )
        return json.loads(result.stdout)

    return run
