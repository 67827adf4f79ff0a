"""What the forms people fill in without an account share against spam: a honeypot field
and the rule that a message holds no links (which only spam needs). The vacaturebank's
forms, the wegwijzer's mail and call-back forms and the contact form use them."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# The honeypot's name; form_field.html hides a field with this name, also from screen readers.
HONEYPOT = "website"
NO_LINKS = _("Zet geen links in uw bericht.")
_LINK = re.compile(r"(https?://|ftp://|www\.|\[url|\[link|<a[\s>]|href\s*=)", re.IGNORECASE)


def contains_link(text):
    return bool(_LINK.search(text or ""))


def no_links(value):
    if contains_link(value):
        raise ValidationError(NO_LINKS, code="link")


def honeypot_field():
    """A field people never see and the Tab key skips; a bot that fills it in is thanked
    and ignored (is_spam)."""
    return forms.CharField(
        required=False,
        label=_("Laat dit veld leeg"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )


def is_spam(request):
    return bool(request.POST.get(HONEYPOT, "").strip())
