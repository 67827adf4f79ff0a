"""An address that asked for a sign-in code gets an account at once (academy.accounts);
if nobody ever enters the code, that account is deleted after ACCOUNT_UNCONFIRMED_DAYS."""

import datetime as dt
import io

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.management import call_command

from academy.services.accounts import delete_unconfirmed_accounts, unconfirmed_accounts
from tests import factories as f

from .conftest import user_with_participant

pytestmark = pytest.mark.django_db

User = get_user_model()


def account(email, joined, *, verified=False, signed_in=None):
    user = User.objects.create_user(username=email, email=email)
    User.objects.filter(pk=user.pk).update(date_joined=joined, last_login=signed_in)
    EmailAddress.objects.create(user=user, email=email, verified=verified, primary=True)
    return user


def test_an_account_nobody_confirmed_goes_after_the_waiting_time(now):
    week_ago = now - dt.timedelta(days=8)
    never = account("nooit@example.nl", week_ago)
    recent = account("net@example.nl", now - dt.timedelta(days=2))
    confirmed = account("bevestigd@example.nl", week_ago, verified=True)
    signed_in = account("ingelogd@example.nl", week_ago, signed_in=week_ago)
    with_profile, _person = user_with_participant()
    EmailAddress.objects.filter(user=with_profile).update(verified=False)
    User.objects.filter(pk=with_profile.pk).update(date_joined=week_ago, last_login=None)
    staff = f.superuser()
    User.objects.filter(pk=staff.pk).update(date_joined=week_ago, last_login=None)

    assert list(unconfirmed_accounts(now, days=7)) == [never]
    assert delete_unconfirmed_accounts(now, days=7, dry_run=True) == 1
    assert User.objects.filter(pk=never.pk).exists()

    assert delete_unconfirmed_accounts(now, days=7) == 1

    assert not User.objects.filter(pk=never.pk).exists()
    assert not EmailAddress.objects.filter(email="nooit@example.nl").exists()
    kept = {recent, confirmed, signed_in, with_profile, staff}
    assert set(User.objects.filter(pk__in=[u.pk for u in kept])) == kept


def test_the_nightly_command_uses_the_setting(settings, now):
    settings.ACCOUNT_UNCONFIRMED_DAYS = 3
    account("oud@example.nl", now - dt.timedelta(days=4))
    out = io.StringIO()

    call_command("delete_unconfirmed_accounts", "--dry-run", stdout=out)
    assert "Would delete 1 unconfirmed account(s)" in out.getvalue()

    call_command("delete_unconfirmed_accounts", stdout=out)
    assert "Deleted 1 unconfirmed account(s)." in out.getvalue()
    assert not User.objects.filter(email="oud@example.nl").exists()
