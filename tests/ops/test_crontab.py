"""deploy/crontab runs every job the site needs: a new scheduled command that is not in it
would simply never run in production."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Commands people run by hand (bulk data for benchmarks, the demo, a certificate run,
# emptying the page cache after a restore, the yearly report, the WordPress import).
BY_HAND = {
    "issue_certificates",
    "make_bulk_courses",
    "make_bulk_content",
    "make_bulk_events",
    "load_demo",
    "clear_page_cache",
    "impact_report",
    "import_wordpress",
}
# Commands of Wagtail and django-tasks that must run on a schedule.
LIBRARY_JOBS = {"publish_scheduled", "prune_db_task_results"}


def project_commands():
    return {
        path.stem
        for path in ROOT.glob("*/management/commands/*.py")
        if not path.stem.startswith("_")
    }


def scheduled_commands():
    lines = (ROOT / "deploy" / "crontab").read_text().splitlines()
    jobs = [line for line in lines if line.strip() and not line.lstrip().startswith("#")]
    return {match for line in jobs for match in re.findall(r"manage\.py (\w+)", line)}


def test_every_scheduled_command_is_in_the_crontab():
    needed = (project_commands() - BY_HAND) | LIBRARY_JOBS
    assert needed <= scheduled_commands(), sorted(needed - scheduled_commands())


def test_the_crontab_names_only_commands_that_exist():
    from django.core.management import get_commands

    assert scheduled_commands() <= set(get_commands()), sorted(
        scheduled_commands() - set(get_commands())
    )
