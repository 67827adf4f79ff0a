"""What the views of Mijn organisatie share."""

from django.shortcuts import render

from .. import rules
from ..models import OrganisationStatus


def show(request, template, context, status=200):
    return render(request, f"volunteering/mine/{template}", context, status=status)


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
