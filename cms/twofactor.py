"""Two-factor authentication for staff (issue 7), built on allauth.mfa.

Staff sign in to the admin through allauth's login flow, the same one the public site
uses: password (or e-mail code), then the authenticator app code when they set one up.
Wagtail's own login form would only check the password, so /admin/login/ no longer shows
it: it sends people to allauth's login page and back to the admin afterwards.
"""

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.utils import is_mfa_enabled
from django import forms
from django.conf import settings
from django.contrib import messages
from django.db import IntegrityError, transaction
from django.http import HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.account import BaseSettingsPanel, profile_tab

SECOND_FACTORS = [Authenticator.Type.TOTP, Authenticator.Type.WEBAUTHN]


def has_admin_access(user):
    return user.is_authenticated and user.has_perm("wagtailadmin.access_admin")


def has_second_factor(user):
    return is_mfa_enabled(user, SECOND_FACTORS)


def trust_admin_made_address(user):
    """Staff accounts are made in the admin (or by createsuperuser), not by signing up, so
    allauth never saw their address verified and would hold every staff login for an
    e-mail check. An administrator typed that address: count it as verified. Accounts that
    ever had an address through allauth (every sign-up) are left alone."""
    if not user.email or not has_admin_access(user):
        return
    if EmailAddress.objects.filter(user=user).exists():
        return
    try:
        with transaction.atomic():
            EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    except IntegrityError:
        # Another account already holds this address; allauth's own check then decides.
        pass


def _admin_home():
    return reverse("wagtailadmin_home")


def _safe_next(request):
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return _admin_home()


def admin_login(request):
    """Replaces Wagtail's login page. It never checks a password itself (a POST here signs
    nobody in): people sign in on allauth's page, which asks for the second factor."""
    target = _safe_next(request)
    if has_admin_access(request.user):
        return HttpResponseRedirect(target)
    if request.user.is_authenticated:
        # Sending a signed-in participant to the login page would bounce straight back.
        return render(request, "account/admin_no_access.html", {"next": target}, status=403)
    login_url = reverse("account_login")
    return HttpResponseRedirect(f"{login_url}?{urlencode({'next': target})}")


class RequireStaffTwoFactorMiddleware:
    """With WAGTAILADMIN_REQUIRE_2FA on, staff without a second factor see no admin page
    until they set one up."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if getattr(settings, "WAGTAILADMIN_REQUIRE_2FA", False) and self._must_set_up(request):
            messages.warning(
                request,
                _("Stel eerst tweestapsverificatie in. Daarna kunt u verder in het beheer."),
            )
            return redirect("mfa_activate_totp")
        return self.get_response(request)

    def _must_set_up(self, request):
        admin = _admin_home()
        if not request.path.startswith(admin):
            return False
        # Signing out must always work, and the login page handles itself.
        if request.path in (reverse("wagtailadmin_logout"), reverse("wagtailadmin_login")):
            return False
        user = getattr(request, "user", None)
        return user is not None and has_admin_access(user) and not has_second_factor(user)


# Admin account page ---------------------------------------------------------------------


def account_menu_item(request):
    return {
        "url": reverse("mfa_index"),
        "label": _("Tweestapsverificatie"),
        "help_text": _(
            "Log in met uw wachtwoord én een code uit een app op uw telefoon. Zo is uw "
            "account veiliger."
        ),
    }


class _NoFieldsForm(forms.Form):
    """Wagtail's account page validates and saves a form for every panel; this panel only
    shows a status and a link."""

    def __init__(self, *args, instance=None, **kwargs):
        super().__init__(*args, **kwargs)

    def save(self):
        pass


class TwoFactorSettingsPanel(BaseSettingsPanel):
    name = "twofactor"
    title = _("Tweestapsverificatie")
    tab = profile_tab
    order = 550
    form_class = _NoFieldsForm
    template_name = "wagtailadmin/account/settings_panels/twofactor.html"

    def get_context_data(self):
        return {
            "form": self.get_form(),
            "enabled": has_second_factor(self.user),
            "manage_url": reverse("mfa_index"),
        }
