"""VMCA's own contact details for the vacaturebank's mails and pages, and the address
where staff receive what people send ("Help mij zoeken")."""

from django.conf import settings
from django.db.models import Q

from cms.contact import default_site_settings, staff_address


def vmca_contact():
    """Name, phone and e-mail of VMCA, from the site settings (for mails and pages)."""
    site_settings = default_site_settings()
    return {
        "name": getattr(site_settings, "organisation_name", "") or "VMCA Almere",
        "phone": getattr(site_settings, "phone", ""),
        "email": getattr(site_settings, "email", ""),
    }


def staff_email():
    """Where help requests go: VOLUNTEERING_STAFF_EMAIL, else the site's contact address,
    else DEFAULT_FROM_EMAIL (a plain address, without a display name)."""
    return staff_address(getattr(settings, "VOLUNTEERING_STAFF_EMAIL", ""))


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
