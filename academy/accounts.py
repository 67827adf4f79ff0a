"""Accounts and participants: every signed-in person has exactly one Participant.

A person may already be a participant before they have an account (staff registered
them by phone, with their e-mail address). When they sign in with that address, and
allauth has verified it, the existing participant is linked instead of a new one made,
so they see their earlier registrations in Mijn academie.

"Stuur mij een code" works the same for a new address as for a known one: the new person
gets an account (with an unverified address, as allauth's own sign-up makes) and the same
code mail, and entering the code signs them in and verifies the address. The page they
came from (`next`, e.g. the enrol page of a training) is carried through every step, and
kept in the session as well, so a code that ran out does not lose it.
"""

import time

from allauth.account.adapter import DefaultAccountAdapter, get_adapter
from allauth.account.forms import LoginForm as AllauthLoginForm
from allauth.account.forms import RequestLoginCodeForm as AllauthRequestLoginCodeForm
from allauth.account.models import EmailAddress
from allauth.account.utils import (
    filter_users_by_email,
    get_next_redirect_url,
    passthrough_next_redirect_url,
    user_email,
)
from allauth.core import context as allauth_context
from allauth.core import ratelimit
from allauth.core.exceptions import ImmediateHttpResponse
from allauth.utils import build_absolute_uri
from django.contrib import messages
from django.db import IntegrityError, transaction
from django.db.models import Subquery
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from cms.twofactor import trust_admin_made_address

from .models import Participant


def _verified_addresses(user):
    """The account's verified addresses, the primary one first."""
    return EmailAddress.objects.filter(user=user, verified=True).order_by("-primary", "pk")


def _verified_emails(user):
    return list(_verified_addresses(user).values_list("email", flat=True))


def ensure_participant(user):
    """The participant of a signed-in user: the linked one, an unlinked one with a verified
    e-mail address of this user, or a new one."""
    # Asked on every page of a signed-in person: the participant and the account's first
    # verified address in one query.
    first_verified = _verified_addresses(user).values("email")[:1]
    participant = (
        Participant.objects.filter(user=user)
        .annotate(account_email=Subquery(first_verified))
        .first()
    )
    if participant is not None:
        # Follow the account's primary address when the person changed it.
        account_email = participant.account_email
        if account_email and participant.email.lower() != account_email.lower():
            participant.email = account_email
            participant.save(update_fields=["email", "updated"])
        return participant
    verified = _verified_emails(user)
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


# Where to go after signing in, when a code ran out and the next one was asked for on a
# page without `next` (allauth sends the person back to "Inloggen met een code").
NEXT_SESSION_KEY = "academy_next_after_login"
# "Stuur een nieuwe code" waits this long after the last code: a mail can take a minute,
# and a new code makes the one on its way useless.
RESEND_WAIT_SECONDS = 30


def remember_next(request):
    """Keep the safe `next` of this request in the session, for after the sign-in."""
    url = get_next_redirect_url(request)
    if url:
        request.session[NEXT_SESSION_KEY] = url


def account_for_code(request, email):
    """A new account for an address that has none, so a code can be sent to it: like
    allauth's own sign-up, the address counts as verified only once the code from the mail
    is entered. None when sign-up is closed or an account (a blocked one, say) has the
    address: allauth's own answer then applies."""
    adapter = get_adapter(request)
    if not adapter.is_open_for_signup(request) or filter_users_by_email(email):
        return None
    user = adapter.new_user(request)
    user_email(user, email)
    adapter.populate_username(request, user)
    user.set_unusable_password()
    with transaction.atomic():
        user.save()
        EmailAddress.objects.create(user=user, email=email.lower(), primary=True, verified=False)
    return user


def _code_login_url(request):
    """The absolute address of "Inloggen met een code", with this request's `next`."""
    path = passthrough_next_redirect_url(request, reverse("account_request_login_code"), "next")
    return build_absolute_uri(request, path)


def _is_code_resend(request):
    match = getattr(request, "resolver_match", None)
    return (
        request.method == "POST"
        and request.POST.get("action") == "resend"
        and match is not None
        and match.url_name == "account_confirm_login_code"
        and getattr(request, "_login_stage", None) is not None
    )


def _allow_resend(request):
    """Before "Stuur een nieuwe code" makes a new code: not within RESEND_WAIT_SECONDS of
    the last one, and within allauth's limit of codes per address; else the code page again
    with a message (the code on its way keeps working). The new code gets its full time."""
    if getattr(request, "academy_resend_allowed", False):
        return  # allauth makes the new code twice in one resend
    state = request._login_stage.state
    email = state.get("email") or ""
    too_soon = time.time() - state.get("at", 0) < RESEND_WAIT_SECONDS
    if too_soon or not ratelimit.consume(request, action="request_login_code", key=email.lower()):
        messages.error(
            request,
            gettext(
                "U hebt net een code gekregen. Een e-mail kan een minuut onderweg zijn. "
                "Wacht even en probeer het dan opnieuw."
            ),
        )
        url = passthrough_next_redirect_url(request, reverse("account_confirm_login_code"), "next")
        raise ImmediateHttpResponse(HttpResponseRedirect(url))
    state["at"] = time.time()
    request.academy_resend_allowed = True


class AccountAdapter(DefaultAccountAdapter):
    """allauth's adapter, plus: after every sign-in the person has a participant, and
    staff made in the admin are not held for an e-mail check (cms.twofactor); a new code
    waits a moment and lasts as long as the first; mails point to the code sign-in with
    the page the person came from; messages in plain Dutch."""

    error_messages = {
        **DefaultAccountAdapter.error_messages,
        "incorrect_code": _(
            "Deze code klopt niet. Kijk goed naar de code in de e-mail en probeer het opnieuw."
        ),
        "too_many_login_attempts": _(
            "U hebt het te vaak geprobeerd. Wacht een paar minuten en probeer het dan opnieuw."
        ),
        "rate_limited": _("U gaat te snel. Wacht een minuut en probeer het dan opnieuw."),
    }

    def pre_login(self, request, user, **kwargs):
        trust_admin_made_address(user)
        return super().pre_login(request, user, **kwargs)

    def login(self, request, user):
        remembered = request.session.pop(NEXT_SESSION_KEY, None)
        super().login(request, user)
        request.academy_next_after_login = remembered
        ensure_participant(user)

    def get_login_redirect_url(self, request):
        remembered = getattr(request, "academy_next_after_login", None)
        if remembered and self.is_safe_url(remembered):
            return remembered
        return super().get_login_redirect_url(request)

    def generate_login_code(self):
        request = allauth_context.request
        if request is not None and _is_code_resend(request):
            _allow_resend(request)
        return super().generate_login_code()

    def send_mail(self, template_prefix, email, context):
        if template_prefix in (
            "account/email/unknown_account",
            "account/email/account_already_exists",
        ):
            request = context.get("request") or allauth_context.request
            context = {**context, "code_login_url": _code_login_url(request)}
        super().send_mail(template_prefix, email, context)


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


class RequestLoginCodeForm(AllauthRequestLoginCodeForm):
    """allauth's "Stuur mij een code", also for an address without an account: that gets
    one (account_for_code), so the new person gets the same page and the same code mail as
    a known one, and nothing on the page tells the two apart."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["email"]
        field.label = _("Uw e-mailadres")
        field.widget.attrs.pop("placeholder", None)
        field.widget.attrs["autocomplete"] = "email"

    def clean_email(self):
        email = super().clean_email()
        request = allauth_context.request
        if email and getattr(self, "_user", None) is None:
            self._user = account_for_code(request, email)
        if email:
            remember_next(request)
        return email
