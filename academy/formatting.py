"""How the site writes money and accreditation points: one format for pages, mails,
PDFs and exports."""

from decimal import Decimal

from django.utils.translation import gettext


def format_money(cents):
    """The one way the site writes an amount: € 45,00 (and € 1.250,00)."""
    cents = int(cents or 0)
    euros, rest = divmod(abs(cents), 100)
    sign = "-" if cents < 0 else ""
    return f"{sign}€ {euros:,}".replace(",", ".") + f",{rest:02d}"


def format_points(value):
    """Accreditation points as people write them: 4, or 2,5."""
    if value is None:
        return ""
    number = Decimal(value).normalize()
    text = f"{number:f}"
    return text.replace(".", ",")


def format_price(cents):
    """A price as people read it: 'Gratis', or the one money format."""
    if not cents:
        return gettext("Gratis")
    return format_money(cents)
