"""The page where a provider confirms that an offer is still right (link from the mail).
GET shows the offer and a button; POST records the confirmation. Thin: the rules are in
guide.services."""

from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from . import services


@require_http_methods(["GET", "POST"])
def confirm_offer(request, token):
    now = timezone.now()
    try:
        offer = services.offer_for_token(token, now=now)
    except services.BadToken:
        return _bad_link(request)
    if request.method == "POST":
        try:
            offer = services.confirm_offer(token, now=now)
        except services.BadToken:
            return _bad_link(request)
        return render(request, "guide/confirm_offer.html", {"offer": offer, "confirmed": True})
    return render(request, "guide/confirm_offer.html", {"offer": offer, "confirmed": False})


def _bad_link(request):
    return render(
        request,
        "guide/confirm_offer_invalid.html",
        {
            "heading": _("Deze link werkt niet"),
            "message": _(
                "De link is niet goed of is ouder dan 60 dagen. "
                "Stuur ons een e-mail, dan sturen wij u een nieuwe link."
            ),
        },
        status=400,
    )
