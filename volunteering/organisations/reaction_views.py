"""Mijn organisatie: the reactions to one vacancy, and what came of each."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from ..models import Reaction
from ..services import outcomes
from ..services.refusals import Refused
from .access import reaction_or_404, vacancy_or_404
from .common import organisation_context, show
from .forms import ReactionStatusForm


def _page(request, vacancy, status=200, error_message=None):
    reactions = list(
        Reaction.objects.filter(vacancy=vacancy)
        .select_related("status_changed_by")
        .order_by("-created", "-pk")
    )
    for reaction in reactions:
        reaction.form = ReactionStatusForm(
            initial={"status": reaction.status}, prefix=f"reactie-{reaction.pk}"
        )
    context = organisation_context(vacancy.organisation)
    context.update(
        vacancy=vacancy,
        reactions=reactions,
        error_message=error_message,
        crumb_title=_("Reacties"),
    )
    return show(request, "reactions.html", context, status)


@never_cache
@login_required
@require_GET
def reactions(request, vacancy_id):
    return _page(request, vacancy_or_404(request.user, vacancy_id))


@never_cache
@login_required
@require_POST
def reaction_status(request, reaction_id):
    reaction = reaction_or_404(request.user, reaction_id)
    form = ReactionStatusForm(request.POST, prefix=f"reactie-{reaction.pk}")
    if not form.is_valid():
        return _page(request, reaction.vacancy, 400, _("Kies een van de mogelijke uitkomsten."))
    try:
        outcomes.set_reaction_status(
            reaction, form.cleaned_data["status"], by=request.user, now=timezone.now()
        )
    except Refused as refusal:
        return _page(request, reaction.vacancy, refusal.status, refusal.message)
    messages.success(
        request, _("De status van de reactie van %(name)s is opgeslagen.") % {"name": reaction.name}
    )
    return redirect("volunteering:reactions", vacancy_id=reaction.vacancy_id)
