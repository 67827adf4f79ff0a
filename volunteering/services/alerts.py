"""Vacancy alerts: a weekly mail with the new live vacancies that match a saved search.

An alert counts only after its address was confirmed through the link in a mail; until
then nothing else is sent to it. Each digest has a one-click way out.
"""

import secrets

from django.conf import settings
from django.db import transaction
from django.http import QueryDict
from django.utils import translation

from .. import links, mail
from ..finding import VacancyFilterForm, describe, find_vacancies, query_string
from ..models import VacancyAlert
from .contact_details import vmca_contact

# A digest shows at most this many vacancies, and says how many more there are.
DIGEST_LIMIT = 20


def search_of(query):
    """The search a query string stands for, as the search page reads it (a value that
    does not fit is left out)."""
    return VacancyFilterForm(QueryDict(query or "")).filters()


def canonical_query(query):
    """The same search always gives the same text (fixed order, no page number): the key
    that keeps one alert per address and search."""
    return query_string(search_of(str(query or "").lstrip("?")))[:500]


def _urls(alert):
    return {
        "confirm_url": links.page_route(
            "alert_confirm", alert.token, language=alert.language, absolute=True
        ),
        "stop_url": links.page_route(
            "alert_stop", alert.token, language=alert.language, absolute=True
        ),
        "search_url": _search_url(alert),
    }


def _search_url(alert):
    url = links.page_route("search", language=alert.language, absolute=True)
    return f"{url}?{alert.query}" if url and alert.query else url


def _search_text(alert):
    with translation.override(alert.language):
        return describe(search_of(alert.query))


def _queue_confirmation(alert, now):
    # One confirmation mail per alert per day: asking again the next day sends a new one.
    mail.queue(
        "alert_confirm",
        alert.email,
        {
            "alert": alert,
            "search": _search_text(alert),
            "vmca": vmca_contact(),
            **_urls(alert),
        },
        key=f"alert-confirm:{alert.pk}:{now.date().isoformat()}",
        language=alert.language,
    )


def subscribe(email, query, *, now, language):
    """Ask for an alert; returns (alert, state): "new" (confirmation mailed), "pending"
    (not confirmed yet: the confirmation is mailed again, at most daily) or "active"
    (already confirmed: nothing changes)."""
    email = email.strip()
    query = canonical_query(query)
    with transaction.atomic():
        alert = (
            VacancyAlert.objects.select_for_update()
            .filter(email__iexact=email, query=query)
            .order_by("pk")
            .first()
        )
        if alert is not None and alert.confirmed_at is not None:
            return alert, "active"
        state = "pending"
        if alert is None:
            alert = VacancyAlert.objects.create(
                email=email,
                query=query,
                language=language or settings.LANGUAGE_CODE,
                token=secrets.token_urlsafe(32),
                created=now,
            )
            state = "new"
        _queue_confirmation(alert, now)
    return alert, state


def alert_for_token(token):
    if not token or len(token) > 64:
        return None
    return VacancyAlert.objects.filter(token=token).first()


def confirm(token, *, now):
    """Confirm the alert of this link (again is fine); None for an unknown link."""
    with transaction.atomic():
        alert = VacancyAlert.objects.select_for_update().filter(token=token).first()
        if alert is None:
            return None
        if alert.confirmed_at is None:
            alert.confirmed_at = now
            alert.save(update_fields=["confirmed_at"])
    return alert


def unsubscribe(token):
    """Remove the alert of this link; False when it was gone already."""
    deleted, _by_model = VacancyAlert.objects.filter(token=token).delete()
    return bool(deleted)


def new_matches(alert, now):
    """The live vacancies of the alert's search published since its last mail (or since
    it was confirmed), newest first."""
    since = alert.last_sent_at or alert.confirmed_at
    return find_vacancies(search_of(alert.query), now).filter(
        published_at__gt=since, published_at__lte=now
    )


def send_vacancy_alerts(now):
    """The weekly job: mail each confirmed alert its new matches. No mail when nothing is
    new. Returns how many mails were queued."""
    sent = 0
    alert_ids = VacancyAlert.objects.filter(confirmed_at__isnull=False).values_list("pk", flat=True)
    for alert_id in list(alert_ids):
        with transaction.atomic():
            # Locked: a second run at the same time waits, then finds last_sent_at moved.
            alert = VacancyAlert.objects.select_for_update().filter(pk=alert_id).first()
            if alert is None or (alert.last_sent_at and alert.last_sent_at >= now):
                continue
            matches = new_matches(alert, now)
            vacancies = list(matches[:DIGEST_LIMIT])
            if not vacancies:
                continue
            total = matches.count() if len(vacancies) == DIGEST_LIMIT else len(vacancies)
            items = [
                {
                    "vacancy": vacancy,
                    "url": links.vacancy_url(vacancy, language=alert.language, absolute=True),
                }
                for vacancy in vacancies
            ]
            mail.queue(
                "alert_digest",
                alert.email,
                {
                    "alert": alert,
                    "items": items,
                    "total": total,
                    "more": total - len(items),
                    "search": _search_text(alert),
                    "vmca": vmca_contact(),
                    **_urls(alert),
                },
                key=f"alert-digest:{alert.pk}:{now.isoformat()}",
                language=alert.language,
            )
            alert.last_sent_at = now
            alert.save(update_fields=["last_sent_at"])
            sent += 1
    return sent
