"""Shared pieces of the operations tests: rows the server processes can see, signed-in
sessions, and the collected static files the production settings need."""

import pytest

from tests.academy.conftest import user_with_participant

from .servers import SECRET_KEY, collected_static


@pytest.fixture(scope="session")
def ops_static():
    return collected_static()


@pytest.fixture
def committed_site(transactional_db):
    """The site, locale and home page, committed so that other processes see them (an
    earlier transactional test may have emptied the database)."""
    from wagtail.models import Locale, Page, Site

    from home.models import HomePage

    if not Site.objects.filter(is_default_site=True).exists():
        locale, _ = Locale.objects.get_or_create(language_code="nl")
        root = Page.get_first_root_node() or Page.add_root(
            instance=Page(title="Root", slug="root", locale=locale)
        )
        home = root.add_child(instance=HomePage(title="Home", slug="home", locale=locale))
        Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
    return Site.objects.get(is_default_site=True)


def signed_in_session():
    """(session key, participant) of a new person with an account, signed in as a browser
    would be after the e-mail code, stored where the site keeps its sessions."""
    from importlib import import_module

    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.test import override_settings

    user, person = user_with_participant()
    # Signed with the servers' key: the session data and the password hash in it are
    # checked with SECRET_KEY.
    with override_settings(SECRET_KEY=SECRET_KEY):
        session = import_module(settings.SESSION_ENGINE).SessionStore()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.save()
    return session.session_key, person
