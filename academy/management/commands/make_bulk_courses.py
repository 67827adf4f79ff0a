"""Many courses for load tests and benchmarks (default: 500 courses, each 1–3 editions).

Prices, accreditations, themes, audiences, wijken, formats and edition states vary, so
every filter of the catalogue has something to find. Registrations are written in bulk
(this is benchmark data, not real sign-ups) but never beyond an edition's capacity; a
full edition gets a waiting list, as the registration engine would give it.
"""

import datetime as dt
import random
import secrets

from django.core.management.base import BaseCommand
from django.db import transaction
from django.db.models.signals import post_save
from django.utils import timezone
from wagtail.models import Site

from academy.calendar_source import AcademySource
from academy.models import (
    AccreditationRegister,
    CourseAccreditation,
    CourseFormat,
    CourseIndexPage,
    CoursePage,
    CoursePrice,
    Edition,
    EditionStatus,
    Participant,
    ParticipantType,
    Registration,
    RegistrationStatus,
    Session,
)
from academy.signals import _edition_saved, _session_changed
from cms.models import Audience, Theme, Wijk

SUBJECTS = [
    "Gesprekstechnieken",
    "Omgaan met eenzaamheid",
    "Taalvrijwilliger worden",
    "Vacatureteksten schrijven",
    "Fondsenwerving voor kleine organisaties",
    "In balans als mantelzorger",
    "Leven met NAH",
    "Grenzen stellen",
    "Digitale vaardigheden",
    "Signaleren van armoede",
]
VENUES = [
    ("Buurtcentrum De Schakel", "Kerkgracht 1, Almere"),
    ("Bibliotheek Nieuwland", "Stadhuisplein 101, Almere"),
    ("Wijkcentrum De Roos", "Roosstraat 12, Almere"),
]


class Command(BaseCommand):
    help = "Create many courses with editions, sessions and registrations (for benchmarks)."

    def add_arguments(self, parser):
        parser.add_argument("--courses", type=int, default=500)
        parser.add_argument("--seed", type=int, default=2027)

    def handle(self, *args, courses, seed, **options):
        rng = random.Random(seed)  # noqa: S311  (benchmark data, not secrets)
        index = self._catalogue()
        themes = list(Theme.objects.all())
        audiences = list(Audience.objects.all())
        wijken = list(Wijk.objects.all()) or [None]
        registers = list(AccreditationRegister.objects.all())
        people = self._participants(60)
        # One calendar sync at the end instead of one per saved edition and session.
        post_save.disconnect(_edition_saved, sender=Edition, dispatch_uid="academy-edition-saved")
        post_save.disconnect(_session_changed, sender=Session, dispatch_uid="academy-session-saved")
        try:
            for number in range(courses):
                with transaction.atomic():
                    page = self._course(index, number, rng, themes, audiences, wijken, registers)
                    for _ in range(rng.randint(1, 3)):
                        self._edition(page, rng, wijken, people)
                if (number + 1) % 50 == 0:
                    self.stdout.write(f"  {number + 1} trainingen gemaakt")
        finally:
            post_save.connect(_edition_saved, sender=Edition, dispatch_uid="academy-edition-saved")
            post_save.connect(
                _session_changed, sender=Session, dispatch_uid="academy-session-saved"
            )
        AcademySource().sync_all()
        self.stdout.write(self.style.SUCCESS(f"Klaar: {courses} trainingen toegevoegd."))

    def _catalogue(self):
        home = Site.objects.get(is_default_site=True).root_page.specific
        index = CourseIndexPage.objects.child_of(home).first()
        if index is None:
            index = CourseIndexPage(title="Vrijwilligersacademie", slug="vrijwilligersacademie")
            home.add_child(instance=index)
            index.save_revision().publish()
        return index

    def _participants(self, count):
        existing = list(Participant.objects.filter(email__startswith="bulk-")[:count])
        missing = count - len(existing)
        types = list(ParticipantType.values)
        made = Participant.objects.bulk_create(
            Participant(
                first_name="Bulk",
                last_name=f"Deelnemer {len(existing) + number}",
                email=f"bulk-{len(existing) + number}-{secrets.token_hex(4)}@example.nl",
                participant_type=types[number % len(types)],
            )
            for number in range(max(0, missing))
        )
        return existing + made

    def _course(self, index, number, rng, themes, audiences, wijken, registers):
        subject = rng.choice(SUBJECTS)
        page = CoursePage(
            title=f"{subject} {number + 1}",
            slug=f"bulk-training-{number + 1}-{rng.randrange(10**6)}",
            intro=f"{subject}: een training voor vrijwilligers en mantelzorgers in Almere.",
            learning_goals="<ul><li>U leert luisteren en vragen stellen.</li></ul>",
            format=rng.choice(list(CourseFormat.values)),
            duration=f"{rng.randint(1, 4)} bijeenkomsten van 2,5 uur",
            study_load_hours=rng.choice([2.5, 5, 7.5, 10]),
            wijk=rng.choice(wijken) if rng.random() < 0.4 else None,
        )
        page.prices = [
            CoursePrice(participant_type=ParticipantType.VOLUNTEER, amount_cents=0),
            CoursePrice(participant_type=ParticipantType.CAREGIVER, amount_cents=0),
        ]
        if rng.random() < 0.5:
            page.prices.add(
                CoursePrice(
                    participant_type=ParticipantType.PROFESSIONAL,
                    amount_cents=rng.choice([2500, 4500, 9500]),
                )
            )
        if registers and rng.random() < 0.3:
            page.accreditations = [
                CourseAccreditation(
                    register=rng.choice(registers),
                    accreditation_id=f"BULK-{number + 1}",
                    points=rng.choice([2, 3, 4.5]),
                )
            ]
        if themes:
            page.themes = rng.sample(themes, k=min(len(themes), rng.randint(1, 2)))
        if audiences:
            page.audiences = rng.sample(audiences, k=min(len(audiences), rng.randint(1, 2)))
        index.add_child(instance=page)
        page.save_revision().publish()
        return page

    def _edition(self, page, rng, wijken, people):
        roll = rng.random()
        status = EditionStatus.OPEN
        days = rng.randint(2, 300)
        if roll < 0.05:
            status = EditionStatus.CANCELLED
        elif roll < 0.10:
            status = EditionStatus.PLANNED
        elif roll < 0.15:
            days = -rng.randint(30, 200)  # already over: the course may have no dates left
            status = EditionStatus.COMPLETED
        first = timezone.make_aware(
            dt.datetime.combine(
                timezone.localdate() + dt.timedelta(days=days),
                dt.time(rng.choice([10, 14, 19]), rng.choice([0, 30])),
            )
        )
        venue, address = rng.choice(VENUES)
        sessions = rng.randint(1, 4)
        edition = Edition.objects.create(
            course=page,
            status=status,
            capacity=rng.choice([8, 12, 16, 20]),
            wijk=rng.choice(wijken) if rng.random() < 0.5 else None,
        )
        Session.objects.bulk_create(
            Session(
                edition=edition,
                sort_order=week,
                start=first + dt.timedelta(days=7 * week),
                end=first + dt.timedelta(days=7 * week, hours=2, minutes=30),
                venue=venue,
                address=address,
            )
            for week in range(sessions)
        )
        edition.refresh_dates()
        if status == EditionStatus.OPEN:
            full = rng.random() < 0.15
            confirmed = edition.capacity if full else rng.randint(0, edition.capacity - 1)
            waiting = rng.randint(1, 5) if full else 0
            chosen = rng.sample(people, k=min(len(people), confirmed + waiting))
            now = timezone.now()
            Registration.objects.bulk_create(
                Registration(
                    edition=edition,
                    participant=person,
                    participant_type=person.participant_type,
                    price_cents=page.price_for(person.participant_type),
                    status=RegistrationStatus.CONFIRMED
                    if position < confirmed
                    else RegistrationStatus.WAITING,
                    confirmed_at=now if position < confirmed else None,
                    waiting_since=None if position < confirmed else now,
                )
                for position, person in enumerate(chosen)
            )
        return edition
