"""Where staff receive what people send: an address from the settings for that job, else
the site's own e-mail address (Website-instellingen), else DEFAULT_FROM_EMAIL."""

from email.utils import parseaddr

from django.conf import settings


def default_site_settings():
    """The default site's settings, or None on a database without a site."""
    from wagtail.models import Site

    from .models import SiteSettings

    site = Site.objects.filter(is_default_site=True).first()
    return SiteSettings.for_site(site) if site else None


def staff_address(configured):
    """`configured` (a setting's value, may be empty or have a display name), else the
    site's e-mail address, else DEFAULT_FROM_EMAIL; always a plain address."""
    if configured:
        return parseaddr(configured)[1]
    site_email = getattr(default_site_settings(), "email", "")
    if site_email:
        return site_email
    return parseaddr(settings.DEFAULT_FROM_EMAIL)[1]
