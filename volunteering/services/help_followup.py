"""VMCA follows up a help request ("Help mij zoeken"): its status and a note."""

from django.db import transaction

from ..models import HelpRequest
from . import staff_log


def update_help_request(help_request, *, status, follow_up, by, now):
    """Record the follow-up and who did it when. The log names the request by number."""
    with transaction.atomic():
        locked = HelpRequest.objects.select_for_update().get(pk=help_request.pk)
        old_status = locked.status
        locked.status = status
        locked.follow_up = follow_up or ""
        locked.handled_by = by if by is not None and by.is_authenticated else None
        locked.handled_at = now
        locked.save(update_fields=["status", "follow_up", "handled_by", "handled_at"])
        staff_log.record(
            locked,
            staff_log.HELP_REQUEST_UPDATED,
            by=by,
            title=staff_log.help_request_label(locked),
            data={"status_was": old_status, "status": status},
        )
    return locked
