"""The suite's clock (tests/clock.py): TEST_NOW is read strictly, and a run under it really
starts every test at that instant."""

import datetime as dt
import os
import subprocess
import sys
import time

import pytest
from django.utils import timezone

from tests import clock
from tests.conftest import ROOT

# On 2027-10-31 Amsterdam's clocks go from 03:00 CEST back to 02:00 CET: 02:30 happens
# twice. This is the second one, an hour after 02:30+02:00.
SECOND_HALF_PAST_TWO = "2027-10-31T02:30+01:00"


# Reading TEST_NOW -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "utc"),
    [
        ("2027-01-13T23:59+01:00", dt.datetime(2027, 1, 13, 22, 59, tzinfo=dt.UTC)),
        ("2027-03-28T03:00:00+02:00", dt.datetime(2027, 3, 28, 1, 0, tzinfo=dt.UTC)),
        ("2027-10-31T02:30+02:00", dt.datetime(2027, 10, 31, 0, 30, tzinfo=dt.UTC)),
        (SECOND_HALF_PAST_TWO, dt.datetime(2027, 10, 31, 1, 30, tzinfo=dt.UTC)),
        (" 2027-01-13T18:45:30Z ", dt.datetime(2027, 1, 13, 18, 45, 30, tzinfo=dt.UTC)),
    ],
)
def test_test_now_is_an_instant_with_its_offset(text, utc):
    parsed = clock.parse_test_now(text)
    assert parsed == utc
    assert parsed.tzinfo is dt.UTC


@pytest.mark.parametrize("text", ["2027-01-13T19:45", "2027-01-13"])
def test_test_now_without_an_offset_is_refused(text):
    with pytest.raises(clock.MalformedTestNow, match="has no UTC offset"):
        clock.parse_test_now(text)


@pytest.mark.parametrize("text", ["morgen", "2027-13-01T10:00+01:00", "13-01-2027 19:45 +01:00"])
def test_malformed_test_now_is_refused_with_an_example(text):
    with pytest.raises(clock.MalformedTestNow, match=r"not an ISO 8601 .* e\.g\. 2027-"):
        clock.parse_test_now(text)


def test_without_test_now_the_tests_run_at_the_real_time():
    assert clock.configured_instant({}) is None
    assert clock.configured_instant({"TEST_NOW": "  "}) is None
    assert clock.configured_instant({"TEST_NOW": SECOND_HALF_PAST_TWO}) == dt.datetime(
        2027, 10, 31, 1, 30, tzinfo=dt.UTC
    )


# The travelled clock --------------------------------------------------------------------------
# These hold in any run: at the real time, `now` is when the test started; under TEST_NOW
# it is that instant, in each of the three, even though the second moves its clock on.


def test_the_test_starts_at_the_controlled_instant(now):
    instant = clock.configured_instant()
    if instant is not None:
        assert now == instant
    elapsed = timezone.now() - now
    assert dt.timedelta(0) <= elapsed < dt.timedelta(minutes=1)
    # Every way of reading the clock agrees: Django's, datetime's, time's.
    assert abs(dt.datetime.now(dt.UTC) - timezone.now()) < dt.timedelta(seconds=5)
    assert abs(time.time() - timezone.now().timestamp()) < 5


def test_a_test_that_moves_its_clock_on_leaves_the_next_test_alone(now, time_machine):
    """The same file runs on one worker, in order: the next test checks this one's effect."""
    time_machine.move_to(now + dt.timedelta(hours=5))
    assert timezone.now() - now >= dt.timedelta(hours=5)


def test_the_next_test_starts_at_the_instant_again(now):
    assert timezone.now() - now < dt.timedelta(hours=1)
    instant = clock.configured_instant()
    if instant is not None:
        assert now == instant


@pytest.mark.fixed_clock("2027-10-31T02:30+02:00")
def test_a_test_with_a_fixed_clock_runs_at_its_own_instant(now):
    """Under any TEST_NOW too: the first of the two 02:30s of 31 October 2027."""
    assert now == dt.datetime(2027, 10, 31, 0, 30, tzinfo=dt.UTC)
    assert timezone.localtime().strftime("%Y-%m-%d %H:%M %Z") == "2027-10-31 02:30 CEST"


# A run under TEST_NOW, seen from outside ------------------------------------------------------


def run_pytest_with(test_now, *tests):
    environment = {**os.environ, "TEST_NOW": test_now}
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-p", "no:xdist", *tests],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.slow
def test_a_run_under_test_now_says_so_and_runs_at_that_instant():
    here = "tests/test_clock.py"
    result = run_pytest_with(
        SECOND_HALF_PAST_TWO,
        f"{here}::test_the_test_starts_at_the_controlled_instant",
        f"{here}::test_a_test_that_moves_its_clock_on_leaves_the_next_test_alone",
        f"{here}::test_the_next_test_starts_at_the_instant_again",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "TEST_NOW=2027-10-31T01:30:00Z = 2027-10-31 02:30:00 CET" in result.stdout
    assert "3 passed" in result.stdout


@pytest.mark.slow
def test_a_run_under_a_malformed_test_now_stops_before_any_test():
    result = run_pytest_with("2027-01-13 19:45", "tests/test_clock.py")
    assert result.returncode == pytest.ExitCode.USAGE_ERROR
    assert "has no UTC offset" in result.stderr
