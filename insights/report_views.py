"""The yearly report as a download in the admin: GET ?year=2026&format=pdf (or xlsx).

Thin: checks who asks and what, and hands the work to insights.report. Registered as
`cijfers/jaarverslag/` (name `insights_report`) with the dashboard's admin URLs.
"""

import logging

from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseForbidden
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from . import report
from .models import may_view

logger = logging.getLogger(__name__)


@require_GET
def download(request):
    if not may_view(request.user):
        return HttpResponseForbidden(_("U mag de cijfers van VMCA niet downloaden."))
    now = timezone.now()
    try:
        year = report.parse_year(request.GET.get("year"), now)
        fmt = report.parse_format(request.GET.get("format"))
    except report.BadRequest as error:
        return HttpResponseBadRequest(str(error), content_type="text/plain; charset=utf-8")
    made = report.make_report(year, fmt, now)
    logger.info("Impact report %s (%s) downloaded by user %s", year, fmt, request.user.pk)
    response = HttpResponse(made.data, content_type=made.content_type)
    response["Content-Disposition"] = f'attachment; filename="{made.filename}"'
    response["Cache-Control"] = "private, no-store"
    return response
