"""What the views of Mijn organisatie share."""

from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from .. import rules
from ..models import OrganisationStatus


def show(request, template, context, status=200):
    context.setdefault("crumb_trail", crumb_trail(request, template, context))
    return render(request, f"volunteering/mine/{template}", context, status=status)


def crumb_trail(request, template, context):
    """The links between Home and this page (includes/breadcrumbs.html):
    Mijn organisatie › the organisation › Vacatures, as far as they are above this page."""
    trail = [(reverse("volunteering:mine"), _("Mijn organisatie"))]
    organisation = context.get("organisation")
    if organisation is not None:
        trail.append((reverse("volunteering:dashboard", args=[organisation.pk]), organisation.name))
        if context.get("vacancy") is not None or template == "vacancy_form.html":
            trail.append(
                (reverse("volunteering:vacancies", args=[organisation.pk]), _("Vacatures"))
            )
    return [{"url": url, "title": title} for url, title in trail if url != request.path]


def organisation_context(organisation):
    """What every page about one organisation needs: it, its account and its banner."""
    account = getattr(organisation, "vacancy_account", None)
    return {
        "organisation": organisation,
        "account": account,
        "is_pending": account is None or account.status == OrganisationStatus.PENDING,
        "is_suspended": account is not None and account.status == OrganisationStatus.SUSPENDED,
        "may_submit": rules.organisation_may_submit(account),
    }
