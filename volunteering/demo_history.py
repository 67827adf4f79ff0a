"""Two years of demo history for the vacaturebank, so the figures show a trend.

Vacancies of the demo organisations published in each of the 24 calendar months before
the current one and a few before that (more in spring and autumn, growing over the two
years), each closed or expired by now, with the reactions people sent while they were
online: most answered within a few working days, some later; about a quarter became a
match ("gestart"). The organisation's answer is the moment the reaction's status changed
(status_changed_at), so answer times can be counted.

Note: in real use the nightly retention job deletes reactions older than
VOLUNTEERING_RETENTION_MONTHS; the demo keeps them so both years of the figures have data.

Called at the end of VacaturebankDemoBuilder._build() with the builder's `now`. Safe to
run again: once a history vacancy exists (published more than HISTORY_AFTER_DAYS ago,
which the demo's own vacancies never are), nothing is added. Written with bulk_create.
"""

import datetime as dt
import random

from django.conf import settings
from django.utils import timezone
from django.utils.text import slugify

from cms.models import Audience, Theme

from . import demo_content as content
from .models import (
    Decision,
    ModerationDecision,
    OrganisationAccount,
    OrganisationStatus,
    Reaction,
    ReactionStatus,
    Vacancy,
    VacancyStatus,
)
from .models.choices import MODERATION_CRITERIA

MONTHS = 24
# Vacancies start a few months earlier, so the oldest of the 24 months has its reactions too.
LEAD_IN = 3
# The demo's own vacancies were published at most a year ago; history goes further back.
HISTORY_AFTER_DAYS = 400
SEASON = {1: 1.0, 2: 1.1, 3: 1.2, 4: 1.1, 5: 1.0, 6: 0.9,
          7: 0.7, 8: 0.8, 9: 1.25, 10: 1.3, 11: 1.2, 12: 0.8}  # fmt: skip
FLAG_FIELDS = {
    "remote": "remote",
    "young": "for_young_people",
    "little_dutch": "little_dutch",
    "guidance": "guidance",
    "training": "training",
    "expenses": "expense_allowance",
}
# (status, weight): what became of a reaction.
OUTCOMES = (
    (ReactionStatus.STARTED, 26),
    (ReactionStatus.NO_MATCH, 44),
    (ReactionStatus.IN_CONTACT, 30),
)


def build_history(organisations, staff, now):
    """History vacancies and reactions for `organisations` (approved ones only), up to the
    month before `now`. Returns the number of reactions made (0 when it exists already)."""
    oldest = now - dt.timedelta(days=HISTORY_AFTER_DAYS)
    if Vacancy.objects.filter(organisation__in=organisations, published_at__lt=oldest).exists():
        return 0
    approved = set(
        OrganisationAccount.objects.filter(
            organisation__in=organisations, status=OrganisationStatus.APPROVED
        ).values_list("organisation_id", flat=True)
    )
    organisations = [o for o in organisations if o.pk in approved]
    if not organisations:
        return 0
    return _History(organisations, staff, now).build()


def _month_starts(now):
    month = timezone.localdate(now).replace(day=1)
    months = []
    for _ in range(MONTHS + LEAD_IN):
        month = (month - dt.timedelta(days=1)).replace(day=1)
        months.append(month)
    return months[::-1]


class _History:
    def __init__(self, organisations, staff, now):
        self.organisations = organisations
        self.staff = staff
        self.now = now
        self.random = random.Random(2024)  # noqa: S311 (the same demo every run)
        self.number = 0

    def build(self):
        months = _month_starts(self.now)
        built = []
        for position, month in enumerate(months):
            growth = 6 + 5 * position / (len(months) - 1)
            for _ in range(round(growth * SEASON[month.month])):
                built.append(self._vacancy(month))
        vacancies = [vacancy for vacancy, _data in built]
        Vacancy.objects.bulk_create(vacancies, batch_size=500)
        # auto_now fields took the current time; give them the story's times.
        for vacancy in vacancies:
            vacancy.created = vacancy.submitted_at
            vacancy.updated = vacancy.closed_at or vacancy.published_at
        Vacancy.objects.bulk_update(vacancies, ["created", "updated"], batch_size=500)
        self._classify(built)
        checklist = {key: True for key, _label in MODERATION_CRITERIA}
        ModerationDecision.objects.bulk_create(
            [
                ModerationDecision(
                    vacancy=vacancy,
                    decision=Decision.APPROVE,
                    checklist=checklist,
                    decided_by=self.staff,
                    decided_at=vacancy.published_at,
                )
                for vacancy in vacancies
            ],
            batch_size=500,
        )
        reactions = [r for vacancy in vacancies for r in self._reactions(vacancy)]
        Reaction.objects.bulk_create(reactions, batch_size=500)
        return len(reactions)

    def _classify(self, built):
        themes = {theme.slug: theme.pk for theme in Theme.objects.all()}
        audiences = {audience.slug: audience.pk for audience in Audience.objects.all()}
        Vacancy.themes.through.objects.bulk_create(
            [
                Vacancy.themes.through(vacancy_id=vacancy.pk, theme_id=themes[slug])
                for vacancy, data in built
                for slug in data["themes"]
                if slug in themes
            ],
            batch_size=500,
        )
        Vacancy.audiences.through.objects.bulk_create(
            [
                Vacancy.audiences.through(vacancy_id=vacancy.pk, audience_id=audiences[slug])
                for vacancy, data in built
                for slug in data["audiences"]
                if slug in audiences
            ],
            batch_size=500,
        )

    def _vacancy(self, month):
        data = self.random.choice(content.VACANCIES)
        organisation = self.random.choice(self.organisations)
        day = month + dt.timedelta(days=self.random.randrange(0, 28))
        published = timezone.make_aware(
            dt.datetime.combine(day, dt.time(self.random.randint(9, 16), 0))
        )
        lifetime = settings.VOLUNTEERING_VACANCY_LIFETIME_DAYS
        expires = timezone.localdate(published) + dt.timedelta(days=lifetime)
        # Filled (closed by the organisation) after a few weeks, or left to expire; either
        # way no longer online now.
        closed = published + dt.timedelta(days=self.random.randint(21, 150))
        latest = self.now - dt.timedelta(days=1)
        if closed > latest or self.random.random() < 0.7 or expires >= timezone.localdate(latest):
            closed = min(closed, latest)
            status = VacancyStatus.CLOSED
        else:
            closed = None
            status = VacancyStatus.PUBLISHED
        vacancy = Vacancy(
            organisation=organisation,
            title=data["title"],
            summary=data["summary"],
            tasks=data["tasks"],
            offer=content.OFFER,
            vog=data.get("vog", ""),
            commitment=data["commitment"],
            hours_per_week=data["hours"],
            days=data["days"],
            day_parts=data["parts"],
            wijk=None if "remote" in data["flags"] else organisation.wijk,
            places=self.random.choice([1, 1, 2, 3, 5]),
            contact_name=organisation.contact_name or "Coördinator vrijwilligers",
            contact_email=organisation.email or "info@vmca.example",
            status=status,
            submitted_at=published - dt.timedelta(days=1, hours=3),
            published_at=published,
            expires_on=expires,
            closed_at=closed,
        )
        for flag, field in FLAG_FIELDS.items():
            setattr(vacancy, field, flag in data["flags"])
        return vacancy, data

    def _reactions(self, vacancy):
        end = vacancy.closed_at or timezone.make_aware(
            dt.datetime.combine(vacancy.expires_on, dt.time(10))
        )
        end = min(end, self.now - dt.timedelta(days=1))
        span = int((end - vacancy.published_at).total_seconds())
        if span < 3600:
            return []
        statuses = [status for status, _weight in OUTCOMES]
        weights = [weight for _status, weight in OUTCOMES]
        found = []
        for _ in range(self.random.randint(2, 7)):
            self.number += 1
            created = vacancy.published_at + dt.timedelta(seconds=self.random.randint(600, span))
            # Most organisations answer within two working days; some take more than a week.
            hours = self.random.choice([3, 5, 20, 26, 30, 48, 52, 70, 96, 130, 200, 260])
            answered = min(created + dt.timedelta(hours=hours), self.now - dt.timedelta(hours=1))
            found.append(self._reaction(vacancy, created, answered, statuses, weights))
        return found

    def _reaction(self, vacancy, created, answered, statuses, weights):
        number = self.number
        first = content.FIRST_NAMES[(number * 5) % len(content.FIRST_NAMES)]
        last = content.LAST_NAMES[(number * 11) % len(content.LAST_NAMES)]
        by_phone = number % 5 == 0
        return Reaction(
            vacancy=vacancy,
            name=f"{first} {last}",
            email="" if by_phone else f"{slugify(first)}.{slugify(last)}.h{number}@mail.example",
            phone=f"06 00 01 {number // 100 % 100:02d} {number % 100:02d}" if by_phone else "",
            contact_preference="telefoon" if by_phone else "e-mail",
            message=content.MESSAGES[number % len(content.MESSAGES)],
            consent=True,
            status=self.random.choices(statuses, weights)[0],
            created=created,
            status_changed_at=answered,
            answered_at=answered,
        )
