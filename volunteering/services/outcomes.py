"""What came of a reaction, as the organisation tells it. "Gestart" is what VMCA counts as
a match (rules.is_match)."""

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from ..models import Reaction, ReactionStatus
from .refusals import Refused

ALLOWED = frozenset(ReactionStatus.values)


def set_reaction_status(reaction, status, *, by, now):
    if status not in ALLOWED:
        raise Refused(_("Kies een van de mogelijke uitkomsten."), status=400)
    with transaction.atomic():
        locked = Reaction.objects.select_for_update().get(pk=reaction.pk)
        if locked.status == status:
            return locked
        locked.status = status
        locked.status_changed_at = now
        locked.status_changed_by = by
        if locked.answered_at is None and status != ReactionStatus.NEW:
            locked.answered_at = now
        locked.save(
            update_fields=["status", "status_changed_at", "status_changed_by", "answered_at"]
        )
    return locked
