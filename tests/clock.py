"""The test suite's clock: one controlled "now" for every test.

Without TEST_NOW the tests run at the real time. With it, for example

    TEST_NOW=2027-03-28T01:59+01:00 make test-sqlite

every test starts at exactly that instant (tests/conftest.py travels there with
time-machine before each test, and lets the clock tick on from there). Each test starts
at the same instant, so a run at 23:59 does not drift past midnight halfway through the
suite. The value is ISO 8601 with a UTC offset: an instant, not a wall-clock reading, so
it cannot be ambiguous on a daylight-saving change day (02:30 happens twice in Amsterdam
on 2027-10-31; 02:30+02:00 and 02:30+01:00 are the two of them).

What cannot follow a travelled clock is left out of such a run (see REAL_CLOCK_ONLY):
chromium keeps its own clock (and expires cookies by it), and servers in subprocesses
read the machine's clock.

A test about fixed calendar dates (the agenda around the spring change of 2027) says when
it takes place with `@pytest.mark.fixed_clock("2026-12-01T12:00+01:00")`: it then runs at
that instant, at the real time and under any TEST_NOW alike.
"""

import datetime as dt
import os

ENV_VAR = "TEST_NOW"
EXAMPLE = "2027-03-28T01:59+01:00"

# Why some tests only run at the real time: printed when TEST_NOW deselects them.
REAL_CLOCK_ONLY = (
    "browser tests (chromium keeps its own clock and expires cookies by it) and tests/ops "
    "(real servers in subprocesses read the machine's clock)"
)


class MalformedTestNow(ValueError):
    """TEST_NOW is not an ISO 8601 instant with a UTC offset."""


def parse_test_now(text, name=ENV_VAR):
    """The instant TEST_NOW (or a fixed_clock marker: `name`) names, as an aware datetime
    in UTC.

    The offset is required: without it "02:30" on a daylight-saving change day is either
    no time at all or two different times, and the run would depend on the machine's zone.
    """
    value = text.strip()
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        raise MalformedTestNow(
            f"{name}={text!r} is not an ISO 8601 date and time; write e.g. {EXAMPLE}"
        ) from None
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise MalformedTestNow(
            f"{name}={text!r} has no UTC offset; write the offset that was in force at "
            f"that moment, e.g. {EXAMPLE} (+01:00 in Amsterdam's winter, +02:00 in summer)"
        )
    return moment.astimezone(dt.UTC)


def configured_instant(environ=None):
    """The instant the tests run at, or None for the real time (TEST_NOW unset or empty)."""
    text = (os.environ if environ is None else environ).get(ENV_VAR, "")
    return parse_test_now(text) if text.strip() else None


def describe(instant, zone_name):
    """One line for the test report: the instant in UTC and in the site's time zone."""
    from zoneinfo import ZoneInfo

    if instant is None:
        return f"clock: real time ({ENV_VAR} not set)"
    local = instant.astimezone(ZoneInfo(zone_name))
    return (
        f"clock: {ENV_VAR}={instant:%Y-%m-%dT%H:%M:%S}Z = {local:%Y-%m-%d %H:%M:%S %Z} "
        f"({zone_name}); every test starts at this instant"
    )
