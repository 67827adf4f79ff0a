"""The address in the personal QR code: a trainer scans it and checks the person in.

GET only shows who and which session, with one button; the POST checks in. Nobody
learns anything from the address alone: not signed in → the login page; signed in
without the permission (a participant who scans their own code) → a page that says to
show the code to the trainer, with no personal data; a code the trainer may not see
reads as unknown.
"""

from urllib.parse import urlencode

from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from ..access import may
from ..models import Attendance, RegistrationStatus, Session
from ..services import attendance as services
from ..services.errors import RegistrationError
from .common import render_with_status

TEMPLATE = "academy/checkin.html"


def _login_redirect(request):
    login = reverse("wagtailadmin_login")
    return redirect(f"{login}?{urlencode({'next': request.get_full_path()})}")


def _roster_url(registration, session):
    return reverse("academy_editions:roster", args=(registration.edition_id, session.pk))


def _posted_session(request, registration):
    """The session shown on the confirmation page (the nearest one may change meanwhile)."""
    value = request.POST.get("session", "")
    if not value.isdigit():
        return None
    session = Session.objects.filter(pk=int(value), edition_id=registration.edition_id).first()
    if session is None:
        raise Http404
    return session


@never_cache
@require_http_methods(["GET", "POST"])
def checkin(request, code):
    if not request.user.is_authenticated:
        return _login_redirect(request)
    if not may(request.user, "attendance"):
        return render_with_status(request, TEMPLATE, {"state": "not_staff"}, status=403)
    try:
        registration = services.find_by_code(code, by=request.user)
    except RegistrationError as error:
        return render_with_status(
            request, TEMPLATE, {"state": "unknown", "message": error.message}, status=error.status
        )
    context = {"registration": registration, "edition": registration.edition}
    try:
        if request.method == "POST":
            result = services.check_in(
                code,
                by=request.user,
                session=_posted_session(request, registration),
                method=Attendance.Method.QR,
            )
            context.update(
                state="done",
                session=result.session,
                attendance=result.attendance,
                already=result.already,
                roster_url=_roster_url(registration, result.session),
            )
            return render_with_status(request, TEMPLATE, context)
        now = timezone.now()
        session = services.session_for_check_in(registration, now=now)
        # Say no before the button, not after it: the same refusals as the POST.
        if registration.edition.is_cancelled:
            raise services.EditionCancelled()
        if registration.status != RegistrationStatus.CONFIRMED:
            raise services.NotConfirmed()
        context["session"] = session
        services.require_started(session, now)
    except RegistrationError as error:
        if error.status == 404:
            raise Http404(str(error.message)) from error
        context.update(state="refused", message=error.message)
        return render_with_status(request, TEMPLATE, context, status=error.status)
    context.update(
        state="confirm",
        session=session,
        roster_url=_roster_url(registration, session),
    )
    return render_with_status(request, TEMPLATE, context)
