"""Absolute links for whatever leaves the site without a request to build them from:
mails, PDFs, QR codes, the payment provider."""

from urllib.parse import urljoin

from django.conf import settings


def base_url():
    """The public address of the site: WAGTAILADMIN_BASE_URL, else the default Wagtail site."""
    configured = getattr(settings, "WAGTAILADMIN_BASE_URL", "")
    if configured:
        return configured.rstrip("/")
    from wagtail.models import Site

    site = Site.objects.filter(is_default_site=True).first()
    return site.root_url.rstrip("/") if site else ""


def absolute_url(url):
    if not url or url.startswith(("http://", "https://")):
        return url or ""
    return urljoin(base_url() + "/", url.lstrip("/"))
