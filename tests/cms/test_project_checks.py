"""The project's own checks run as part of the suite: Django's system checks (also the
deployment checks with the production settings), no missing migrations, and ruff."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import missing_tool

ROOT = Path(__file__).resolve().parents[2]
VENV_BIN = Path(sys.executable).parent
NO_ISSUES = "System check identified no issues (0 silenced)."


def run(*args, env=None, timeout=120):
    """Run a command in the project folder, with this test run's environment plus `env`."""
    full_env = {**os.environ, **(env or {})}
    # The checks must not depend on the test settings pytest-django put in place.
    full_env.pop("DJANGO_SETTINGS_MODULE", None)
    # The browser tests set this for Playwright in the same worker; production never has it.
    full_env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    return subprocess.run(
        [*args],
        cwd=ROOT,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def manage(*args, env=None):
    return run(sys.executable, "manage.py", *args, env=env)


def test_system_check_reports_no_issues():
    result = manage("check")

    assert result.returncode == 0, result.stderr
    assert NO_ISSUES in result.stdout


def test_no_model_changes_are_missing_a_migration():
    result = manage("makemigrations", "--check", "--dry-run")

    assert result.returncode == 0, result.stdout + result.stderr
    assert "No changes detected" in result.stdout


def test_deployment_check_with_production_settings_has_no_warnings(production_env):
    result = manage("check", "--deploy", "--settings=cms.settings.production", env=production_env)

    assert result.returncode == 0, result.stderr
    assert NO_ISSUES in result.stdout, result.stdout + result.stderr
    assert "WARNING" not in result.stderr


@pytest.mark.parametrize(
    "missing, changed",
    [
        ("SECRET_KEY", {}),
        ("DATABASE_URL", {}),
        ("ALLOWED_HOSTS", {}),
        ("WAGTAILADMIN_BASE_URL", {}),
        ("STRIPE_SECRET_KEY", {}),
        ("STRIPE_WEBHOOK_SECRET", {}),
        (None, {"SECRET_KEY": "te-kort"}),
    ],
)
def test_production_settings_refuse_to_start_without_what_they_need(
    production_env, missing, changed
):
    env = {**production_env, **changed}
    if missing:
        env[missing] = ""

    result = manage("check", "--settings=cms.settings.production", env=env)

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    if missing:
        assert missing in result.stderr


def test_production_runs_the_payment_test_mode_only_when_told(production_env):
    env = {
        **production_env,
        "STRIPE_SECRET_KEY": "",
        "STRIPE_WEBHOOK_SECRET": "",
        "ACADEMY_PAYMENTS_TEST_MODE": "1",
    }

    result = manage("check", "--settings=cms.settings.production", env=env)

    assert result.returncode == 0, result.stderr


def test_demo_content_refuses_to_load_with_production_settings(production_env):
    result = manage("load_demo", "--settings=cms.settings.production", env=production_env)

    assert result.returncode != 0
    assert "production" in result.stderr


def test_ruff_finds_no_problems():
    ruff = VENV_BIN / "ruff"
    if not ruff.exists():
        missing_tool("ruff is not installed in this virtualenv")

    result = run(str(ruff), "check", ".")

    assert result.returncode == 0, result.stdout + result.stderr
