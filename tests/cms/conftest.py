"""Fixtures shared by the project-level tests."""

import secrets

import pytest


@pytest.fixture
def production_env(tmp_path):
    return {
        "SECRET_KEY": secrets.token_urlsafe(64),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'production-check.sqlite3'}",
        "ALLOWED_HOSTS": "www.vmca-almere.example",
        "WAGTAILADMIN_BASE_URL": "https://www.vmca-almere.example",
        "STRIPE_SECRET_KEY": "sk_test_" + secrets.token_hex(12),
        "STRIPE_WEBHOOK_SECRET": "whsec_" + secrets.token_hex(16),
        "DEBUG": "",
    }
