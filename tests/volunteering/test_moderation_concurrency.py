"""Two staff members decide on the same vacancy at the same moment: one decision, one
clear refusal (the row lock in volunteering.services.moderation)."""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connections

from volunteering.models import ModerationDecision, OutgoingMessage, VacancyStatus
from volunteering.services import moderation

from . import builders as b

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def _at_once(calls):
    barrier = threading.Barrier(len(calls))

    def run(call):
        try:
            barrier.wait(timeout=30)
            return call()
        except moderation.ModerationError as error:
            return error
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=len(calls)) as pool:
        return list(pool.map(run, calls))


def test_approve_and_return_at_once_give_one_decision(now):
    vacancy = b.vacancy(live=False, now=now, status=VacancyStatus.SUBMITTED, submitted_at=now)
    results = _at_once(
        [
            lambda: moderation.approve_vacancy(
                vacancy, checklist=moderation.CRITERIA, by=None, now=now
            ),
            lambda: moderation.return_vacancy(vacancy, reason="Onduidelijk", by=None, now=now),
        ]
    )
    refusals = [result for result in results if isinstance(result, moderation.ModerationError)]
    assert len(refusals) == 1 and refusals[0].status == 409
    assert ModerationDecision.objects.filter(vacancy=vacancy).count() == 1
    assert OutgoingMessage.objects.count() == 1
