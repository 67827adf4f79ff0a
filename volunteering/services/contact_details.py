"""VMCA's own contact details for the vacaturebank's mails and pages, and the address
where staff receive what people send ("Help mij zoeken")."""

from email.utils import parseaddr

from django.conf import settings
from django.db.models import Q


def _site_settings():
    from wagtail.models import Site

    from cms.models import SiteSettings

    site = Site.objects.filter(is_default_site=True).first()
    return SiteSettings.for_site(site) if site else None


def vmca_contact():
    """Name, phone and e-mail of VMCA, from the site settings (for mails and pages)."""
    site_settings = _site_settings()
    return {
        "name": getattr(site_settings, "organisation_name", "") or "VMCA Almere",
        "phone": getattr(site_settings, "phone", ""),
        "email": getattr(site_settings, "email", ""),
    }


def staff_email():
    """Where help requests go: VOLUNTEERING_STAFF_EMAIL, else the site's contact address,
    else DEFAULT_FROM_EMAIL (a plain address, without a display name)."""
    configured = getattr(settings, "VOLUNTEERING_STAFF_EMAIL", "")
    if configured:
        return parseaddr(configured)[1]
    site_email = getattr(_site_settings(), "email", "")
    if site_email:
        return site_email
    return parseaddr(settings.DEFAULT_FROM_EMAIL)[1]


def same_person_q(email, phone):
    """Rows sent by the same person: the same e-mail address (any case) or the same phone
    number; None when neither is known. Reactions and help requests use it to refuse a
    repeat within a day."""
    same_person = Q()
    if email:
        same_person |= Q(email__iexact=email)
    if phone:
        same_person |= Q(phone=phone)
    return same_person or None
