"""The project's own checks run as part of the suite: Django's system checks (also the
deployment checks with the production settings), no missing migrations, ruff, and the
import rules (import-linter's contracts in pyproject.toml)."""

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tests.conftest import missing_tool

ROOT = Path(__file__).resolve().parents[2]
VENV_BIN = Path(sys.executable).parent
NO_ISSUES = "System check identified no issues (0 silenced)."


def run(*args, env=None, timeout=120, cwd=ROOT):
    """Run a command in the project folder (or `cwd`), with this run's environment plus `env`."""
    full_env = {**os.environ, **(env or {})}
    # The checks must not depend on the test settings pytest-django put in place.
    full_env.pop("DJANGO_SETTINGS_MODULE", None)
    # The browser tests set this for Playwright in the same worker; production never has it.
    full_env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    return subprocess.run(
        [*args],
        cwd=cwd,
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


def lint_imports(cwd=ROOT):
    """Run import-linter on the contracts in cwd's pyproject.toml."""
    tool = VENV_BIN / "lint-imports"
    if not tool.exists():
        missing_tool("import-linter is not installed in this virtualenv")
    # No cache, so nothing is written into the project folder; wide lines, so the report
    # is not wrapped in the middle of an import.
    return run(str(tool), "--no-cache", "--no-logo", env={"COLUMNS": "200"}, cwd=cwd)


def test_imports_point_down_through_the_layers():
    """vmca -> insights | home -> academy | volunteering | guide -> events -> cms, and the
    other contracts in pyproject.toml."""
    result = lint_imports()

    assert result.returncode == 0, result.stdout + result.stderr
    assert " 0 broken." in result.stdout, result.stdout


def throwaway_project(folder):
    """The project's import contracts over empty packages with the same names."""
    shutil.copy(ROOT / "pyproject.toml", folder / "pyproject.toml")
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]
    names = set(config["root_packages"])
    for contract in config["contracts"]:
        for key in ("layers", "source_modules", "forbidden_modules"):
            for entry in contract.get(key, []):
                # "academy | volunteering": two independent packages on one layer.
                names.update(part.strip() for part in entry.split("|"))
    # A wildcard exception ("x.models.pages -> x.public.*") stands for one module here.
    exceptions = [
        line.replace("*", "anything").split(" -> ")
        for contract in config["contracts"]
        for line in contract.get("ignore_imports", [])
    ]
    names.update(name for pair in exceptions for name in pair)
    for name in names:
        parts = name.split(".")
        for depth in range(1, len(parts) + 1):
            package = folder.joinpath(*parts[:depth])
            package.mkdir(exist_ok=True)
            (package / "__init__.py").touch()
    # The imports a contract allows as an exception exist here too (import-linter reports
    # an exception that matches nothing).
    for importer, imported in exceptions:
        module = folder.joinpath(*importer.split("."), "__init__.py")
        module.write_text(module.read_text() + f"import {imported}\n")


def test_an_upward_import_breaks_the_layers_contract(tmp_path):
    throwaway_project(tmp_path)
    before = lint_imports(cwd=tmp_path)
    assert before.returncode == 0, before.stdout + before.stderr

    # The one upward import there used to be: the URL root in cms importing an academy view.
    (tmp_path / "cms" / "urls.py").write_text("from academy.views import stripe_webhook\n")
    after = lint_imports(cwd=tmp_path)

    assert after.returncode != 0, after.stdout
    assert LAYERS_BROKEN in after.stdout
    assert "cms.urls -> academy.views (l.1)" in after.stdout, after.stdout


LAYERS_BROKEN = (
    "Imports point down: vmca -> insights | home -> academy | volunteering | guide -> events"
    " -> cms BROKEN"
)


@pytest.mark.parametrize("below", ["academy", "volunteering", "guide", "events", "cms", "home"])
def test_nothing_below_the_figures_imports_them(tmp_path, below):
    """insights reads every app; an app that needs a figure of its own counts it itself."""
    throwaway_project(tmp_path)
    (tmp_path / below / "numbers.py").write_text("import insights\n")

    result = lint_imports(cwd=tmp_path)

    assert result.returncode != 0, result.stdout
    assert LAYERS_BROKEN in result.stdout
    assert f"{below}.numbers -> insights (l.1)" in result.stdout, result.stdout


def test_academy_and_volunteering_never_import_each_other(tmp_path):
    """They share one layer: what both need (organisations, wijken, themes) lives in cms."""
    throwaway_project(tmp_path)
    (tmp_path / "academy" / "vacancies.py").write_text("import volunteering\n")

    result = lint_imports(cwd=tmp_path)

    assert result.returncode != 0, result.stdout
    assert LAYERS_BROKEN in result.stdout
    assert "academy.vacancies -> volunteering (l.1)" in result.stdout, result.stdout


def test_events_importing_academy_breaks_its_contract(tmp_path):
    throwaway_project(tmp_path)
    (tmp_path / "events" / "sessions.py").write_text("import academy\n")

    result = lint_imports(cwd=tmp_path)

    assert result.returncode != 0, result.stdout
    assert "events never imports academy BROKEN" in result.stdout
    assert "events.sessions -> academy (l.1)" in result.stdout, result.stdout
