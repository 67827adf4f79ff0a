"""An offered place from the waiting list: accept or decline, from the e-mail link."""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from ..formatting import format_price
from ..forms import OfferAnswerForm
from ..models import RegistrationStatus
from ..services import registration as services
from ..services.errors import OfferExpired, RegistrationError
from .common import registration_by_token_or_404, render_with_status, site_phone
from .payments import go_to_checkout

Status = RegistrationStatus


def _is_expired(registration, now):
    if registration.status == Status.EXPIRED:
        return True
    return (
        registration.status == Status.OFFERED
        and registration.offer_expires_at is not None
        and now >= registration.offer_expires_at
    )


@never_cache
@require_http_methods(["GET", "POST"])
def offer(request, token):
    registration = registration_by_token_or_404(token)
    now = timezone.now()
    error_message = None
    status = 200
    if request.method == "POST":
        form = OfferAnswerForm(request.POST)
        if not form.is_valid():
            error_message = _("Kies of u de plek wilt of niet.")
            status = 400
        else:
            accept = form.cleaned_data["answer"] == "accept"
            try:
                if accept:
                    registration = services.accept_offer(registration, now=now)
                else:
                    services.decline_offer(registration, now=now)
            except OfferExpired:
                registration.refresh_from_db()
                status = 410
            except RegistrationError as error:
                error_message = error.message
                status = error.status
            else:
                if accept and registration.status == Status.AWAITING_PAYMENT:
                    return go_to_checkout(request, registration)
                if accept:
                    messages.success(request, _("U hebt de plek aangenomen. U bent nu aangemeld."))
                else:
                    messages.success(
                        request,
                        _("U hebt de plek afgewezen. Iemand anders krijgt nu de kans."),
                    )
                return redirect("academy:registration", registration.token)
            registration.refresh_from_db()
    expired = status == 410 or _is_expired(registration, now)
    if expired:
        status = 410
    edition = registration.edition
    context = {
        "registration": registration,
        "edition": edition,
        "owner": edition.owner_page,
        "sessions": list(edition.sessions.all()),
        "expired": expired,
        "is_open_offer": registration.status == Status.OFFERED and not expired,
        "error_message": error_message,
        "phone": site_phone(request),
        "price_text": format_price(registration.price_cents),
        "pays_online": registration.price_cents > 0 and not registration.billing,
        "crumb_title": _("Een plek voor u"),
    }
    return render_with_status(request, "academy/enrol/offer.html", context, status)
