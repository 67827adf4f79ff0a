"""Organisations in the vacaturebank: signing up, their profile and the people who may act
for them.

An organisation signs up itself; VMCA approves it before its vacancies go live
(rules.organisation_may_publish). Signing up never gives anyone staff rights: the people
of an organisation only use Mijn organisatie, never the Wagtail admin.
"""

from allauth.account.adapter import get_adapter
from allauth.account.models import EmailAddress
from allauth.account.utils import filter_users_by_email, user_email
from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from cms.models import Partner

from .. import mail
from ..links import absolute_url, mine_url
from ..models import Membership, OrganisationAccount, OrganisationStatus
from .contact_details import staff_email, vmca_contact
from .refusals import Refused

# What an organisation fills in about itself; the same fields as the register (cms.Partner).
PROFILE_FIELDS = (
    "name",
    "description",
    "street_address",
    "postcode",
    "wijk",
    "website",
    "contact_name",
    "phone",
    "email",
)


def sign_up(user, data, *, now):
    """Register a new organisation for `user`: the register entry, a pending vacaturebank
    account and the user's membership, in one go. A partner VMCA already has under the same
    name is never handed to whoever signs up with that name: the sign-up becomes a new
    organisation, and the mail to VMCA names the existing one, so staff can merge the two
    after checking who is asking."""
    with transaction.atomic():
        existing = list(Partner.objects.filter(name__iexact=data["name"].strip()))
        partner = Partner(**{field: data.get(field) or _blank(field) for field in PROFILE_FIELDS})
        partner.name = partner.name.strip()
        partner.save()
        account = OrganisationAccount.objects.create(
            organisation=partner,
            status=OrganisationStatus.PENDING,
            requested_at=now,
            motivation=data.get("motivation", ""),
        )
        Membership.objects.create(organisation=partner, user=user)
        mail.queue(
            "organisation_signed_up",
            staff_email(),
            {
                "organisation": partner,
                "account": account,
                "user": user,
                "user_email": user.email,
                "namesakes": existing,
                "admin_url": absolute_url(reverse("wagtailadmin_home")),
                "vmca": vmca_contact(),
            },
            key=f"organisation-signed-up:{partner.pk}",
            language=settings.LANGUAGE_CODE,
        )
    return partner


def _blank(field):
    return None if field == "wijk" else ""


def update_profile(organisation, data, *, by):
    """Save what the organisation says about itself. Only the profile fields change."""
    with transaction.atomic():
        partner = Partner.objects.select_for_update().get(pk=organisation.pk)
        for field in PROFILE_FIELDS:
            if field in data:
                setattr(partner, field, data[field] if data[field] is not None else _blank(field))
        partner.name = partner.name.strip()
        partner.save()
    return partner


def add_member(organisation, email, *, by, now, language=None):
    """Let a colleague act for the organisation. An account with this verified address is
    added as it is; otherwise the address gets an account the way "Stuur mij een code" makes
    one (unverified until the code from the mail is entered). The colleague gets a mail that
    says how to sign in. Returns the membership; Refused when the person is a member already."""
    email = email.strip()
    with transaction.atomic():
        Partner.objects.select_for_update().get(pk=organisation.pk)
        user = _account_for(email)
        if Membership.objects.filter(organisation=organisation, user=user).exists():
            raise Refused(_("Deze persoon beheert deze organisatie al."))
        membership = Membership.objects.create(organisation=organisation, user=user)
        mail.queue(
            "member_invited",
            email,
            {
                "organisation": organisation,
                "invited_by": by,
                "login_url": _code_login_url(language),
                "mine_url": mine_url("volunteering:mine", language=language),
                "vmca": vmca_contact(),
            },
            key=f"member-invited:{membership.pk}",
            language=language,
        )
    return membership


def _account_for(email):
    verified = (
        EmailAddress.objects.filter(email__iexact=email, verified=True)
        .select_related("user")
        .first()
    )
    if verified is not None:
        return verified.user
    known = filter_users_by_email(email)
    if known:
        return known[0]
    # The same steps as a code sign-in for a new address (academy.accounts.account_for_code,
    # which needs a request): no password, the address unverified until the code is used.
    adapter = get_adapter()
    user = adapter.new_user(None)
    user_email(user, email)
    adapter.populate_username(None, user)
    user.set_unusable_password()
    user.save()
    EmailAddress.objects.create(user=user, email=email.lower(), primary=True, verified=False)
    return user


def _code_login_url(language):
    from django.utils import translation

    with translation.override(language or settings.LANGUAGE_CODE):
        path = reverse("account_request_login_code")
        next_path = reverse("volunteering:mine")
    return absolute_url(f"{path}?next={next_path}")


def remove_member(organisation, membership, *, by):
    """End one person's right to act for the organisation; never the last one's, so an
    organisation always has someone who can reach Mijn organisatie."""
    with transaction.atomic():
        # Lock the organisation: two people removing each other at once leave one behind.
        Partner.objects.select_for_update().get(pk=organisation.pk)
        members = Membership.objects.filter(organisation=organisation)
        if not members.filter(pk=membership.pk).exists():
            raise Refused(_("Deze persoon beheert deze organisatie niet meer."))
        if members.count() <= 1:
            raise Refused(
                _("U kunt de laatste beheerder niet verwijderen. Voeg eerst iemand anders toe.")
            )
        members.filter(pk=membership.pk).delete()
