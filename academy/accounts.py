"""Accounts and participants: every signed-in person has exactly one Participant.

A person may already be a participant before they have an account (staff registered
them by phone, with their e-mail address). When they sign in with that address, and
allauth has verified it, the existing participant is linked instead of a new one made,
so they see their earlier registrations in Mijn academie.
"""

from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.forms import LoginForm as AllauthLoginForm
from allauth.account.models import EmailAddress
from django.db import IntegrityError, transaction
from django.utils.translation import gettext_lazy as _

from cms.twofactor import trust_admin_made_address

from .models import Participant


def _verified_emails(user):
    return list(
        EmailAddress.objects.filter(user=user, verified=True)
        .order_by("-primary", "pk")
        .values_list("email", flat=True)
    )


def ensure_participant(user):
    """The participant of a signed-in user: the linked one, an unlinked one with a verified
    e-mail address of this user, or a new one."""
    participant = Participant.objects.filter(user=user).first()
    verified = _verified_emails(user)
    if participant is not None:
        # Follow the account's primary address when the person changed it.
        if verified and participant.email.lower() != verified[0].lower():
            participant.email = verified[0]
            participant.save(update_fields=["email", "updated"])
        return participant
    try:
        with transaction.atomic():
            participant = _link_or_create(user, verified)
    except IntegrityError:
        # A second request of the same person linked or created it a moment ago.
        participant = Participant.objects.get(user=user)
    return participant


def _link_or_create(user, verified):
    unlinked = Participant.objects.select_for_update().filter(
        user__isnull=True, anonymised__isnull=True
    )
    for email in verified:
        candidate = unlinked.filter(email__iexact=email).order_by("-updated", "-pk").first()
        if candidate is not None:
            candidate.user = user
            candidate.save(update_fields=["user", "updated"])
            return candidate
    return Participant.objects.create(
        user=user,
        email=verified[0] if verified else "",
        first_name=user.first_name or "",
        last_name=user.last_name or "",
    )


class AccountAdapter(DefaultAccountAdapter):
    """allauth's adapter, plus: after every sign-in the person has a participant, and
    staff made in the admin are not held for an e-mail check (cms.twofactor)."""

    def pre_login(self, request, user, **kwargs):
        trust_admin_made_address(user)
        return super().pre_login(request, user, **kwargs)

    def login(self, request, user):
        super().login(request, user)
        ensure_participant(user)


class LoginForm(AllauthLoginForm):
    """allauth's login form, always with a password: the e-mail code has a form of its own
    (allauth drops the password field when sign-up asks for none). And a plain label:
    staff often sign in with a user name."""

    def _setup_password_field(self):
        pass

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["login"]
        field.label = _("E-mailadres of gebruikersnaam")
        field.widget.attrs.pop("placeholder", None)
        field.widget.attrs["autocomplete"] = "username"
