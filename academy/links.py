"""Absolute links and the language of a registration, for whatever leaves the site without
a request to build them from: mails, PDFs, QR codes, the payment provider."""

from django.conf import settings
from django.urls import reverse

from cms.links import absolute_url


def absolute_reverse(name, **kwargs):
    return absolute_url(reverse(name, kwargs=kwargs))


def registration_language(registration):
    """The language of the page someone registered on: their mails, PDFs and checkout."""
    page = registration.edition.owner_page
    locale = getattr(page, "locale", None)
    return locale.language_code if locale is not None else settings.LANGUAGE_CODE
