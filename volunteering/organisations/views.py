"""Mijn organisatie: the overview, signing up an organisation, its profile and members."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from cms import ratelimit

from ..models import Membership
from ..services import organisations as services
from ..services.refusals import Refused
from .access import membership_or_404, my_organisations, organisation_or_404
from .common import organisation_context, show
from .counts import organisation_counts
from .forms import InviteForm, ProfileForm, SignUpForm


@never_cache
@login_required
@require_GET
def mine(request):
    """The organisations of this person; with one, straight to it."""
    organisations = list(my_organisations(request.user))
    if len(organisations) == 1:
        return redirect("volunteering:dashboard", organisation_id=organisations[0].pk)
    return show(
        request,
        "mine.html",
        {"organisations": organisations, "crumb_title": _("Mijn organisatie")},
    )


@never_cache
@login_required
@require_GET
def dashboard(request, organisation_id):
    organisation = organisation_or_404(request.user, organisation_id)
    context = organisation_context(organisation)
    context.update(
        counts=organisation_counts(organisation, timezone.now()),
        other_organisations=my_organisations(request.user).exclude(pk=organisation.pk),
        crumb_title=organisation.name,
    )
    return show(request, "dashboard.html", context)


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def sign_up(request):
    status = 200
    if request.method == "POST":
        form = SignUpForm(request.POST)
        verdict = ratelimit.hit(
            "organisation-sign-up", request.user.pk, settings.VOLUNTEERING_FORM_RATE
        )
        if not verdict.allowed:
            form.add_error(
                None, _("U hebt net vaak een organisatie aangemeld. Probeer het later opnieuw.")
            )
            status = 429
        elif form.is_valid():
            data = form.profile_data()
            organisation = services.sign_up(request.user, data, now=timezone.now())
            messages.success(
                request,
                _("Uw organisatie is aangemeld. VMCA kijkt uw aanmelding zo snel mogelijk na."),
            )
            return redirect("volunteering:dashboard", organisation_id=organisation.pk)
        else:
            status = 400
    else:
        form = SignUpForm(initial={"email": request.user.email})
    return show(
        request,
        "sign_up.html",
        {"form": form, "crumb_title": _("Organisatie aanmelden")},
        status,
    )


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def profile(request, organisation_id):
    organisation = organisation_or_404(request.user, organisation_id)
    status = 200
    if request.method == "POST":
        form = ProfileForm(request.POST)
        if form.is_valid():
            services.update_profile(organisation, form.profile_data(), by=request.user)
            messages.success(request, _("De gegevens van uw organisatie zijn opgeslagen."))
            return redirect("volunteering:profile", organisation_id=organisation.pk)
        status = 400
    else:
        form = ProfileForm(organisation=organisation)
    context = organisation_context(organisation)
    context.update(form=form, crumb_title=_("Gegevens van de organisatie"))
    return show(request, "profile.html", context, status)


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def members(request, organisation_id):
    organisation = organisation_or_404(request.user, organisation_id)
    status = 200
    form = InviteForm()
    if request.method == "POST":
        form = InviteForm(request.POST)
        verdict = ratelimit.hit("organisation-invite", request.user.pk, "20/h")
        if not verdict.allowed:
            form.add_error(
                None, _("U hebt net veel mensen uitgenodigd. Probeer het later opnieuw.")
            )
            status = 429
        elif form.is_valid():
            email = form.cleaned_data["email"]
            try:
                services.add_member(
                    organisation,
                    email,
                    by=request.user,
                    now=timezone.now(),
                    language=request.LANGUAGE_CODE,
                )
            except Refused as refusal:
                form.add_error("email", refusal.message)
                status = 400
            else:
                messages.success(
                    request,
                    _(
                        "%(email)s kan nu ook uw organisatie beheren. "
                        "Wij hebben een e-mail gestuurd."
                    )
                    % {"email": email},
                )
                return redirect("volunteering:members", organisation_id=organisation.pk)
        else:
            status = 400
    return _members_page(request, organisation, form, status)


def _members_page(request, organisation, form, status, error_message=None):
    context = organisation_context(organisation)
    context.update(
        form=form,
        error_message=error_message,
        memberships=Membership.objects.filter(organisation=organisation)
        .select_related("user")
        .order_by("created", "pk"),
        crumb_title=_("Beheerders"),
    )
    return show(request, "members.html", context, status)


@never_cache
@login_required
@require_POST
def member_remove(request, organisation_id, membership_id):
    organisation = organisation_or_404(request.user, organisation_id)
    membership = membership_or_404(organisation, membership_id)
    try:
        services.remove_member(organisation, membership, by=request.user)
    except Refused as refusal:
        return _members_page(request, organisation, InviteForm(), refusal.status, refusal.message)
    if membership.user_id == request.user.pk:
        messages.success(request, _("U beheert deze organisatie niet meer."))
        return redirect("volunteering:mine")
    messages.success(request, _("Deze persoon beheert uw organisatie niet meer."))
    return redirect("volunteering:members", organisation_id=organisation.pk)
