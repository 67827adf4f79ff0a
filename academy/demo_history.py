"""Two years of demo history for the academy, so every chart of the figures shows a trend.

Past editions of the demo courses over the 24 calendar months before the current one,
each with its sessions, registrations (40 to 90 a month: quiet in the summer and around
Christmas, busy in autumn and spring, and growing over the two years), participants of
every kind from every district, attendance (most came, some did not), certificates for
those who completed (with points per register for professionals), test-mode payments for
paid trainings with their receipts (some refunded after a cancellation in time), and
waiting lists whose offers were accepted or expired.

The people are invented: names from academy/demo_content.py, addresses at mail.example.
Written with bulk_create in a few dozen queries, not through the registration engine:
these editions are history, so no mail goes out and no rule about "now" applies. The
values still obey the models' constraints and the engine's outcomes (never more places
than the capacity, one live registration per person and edition, one valid certificate
per registration, invoices numbered without gaps per year).

Called at the end of AcademyDemoBuilder.build() with the moment the demo runs. Safe to run
again: once the history editions exist (by HISTORY_NOTE), nothing is added.
"""

import datetime as dt
import random
from contextlib import contextmanager

from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.text import slugify

from . import demo_content as content
from .models import (
    Attendance,
    AttendanceStatus,
    Certificate,
    CoursePage,
    Edition,
    EditionStatus,
    Invoice,
    InvoiceCounter,
    Participant,
    ParticipantType,
    Payment,
    PaymentMethod,
    PaymentSettings,
    PaymentStatus,
    ProfessionalRegistration,
    Refund,
    Registration,
    RegistrationStatus,
    Session,
)
from .services.charges import new_reference
from .services.completion import required_sessions
from .services.invoices import seller_details, vat_part

MONTHS = 24
# The internal note of every history edition: how a second run knows they exist.
HISTORY_NOTE = "Afgerond. Presentie en certificaten zijn verwerkt."
# More in spring and autumn, less in the summer holidays and in December.
SEASON = {1: 1.0, 2: 1.1, 3: 1.2, 4: 1.1, 5: 1.0, 6: 0.95,
          7: 0.75, 8: 0.8, 9: 1.25, 10: 1.3, 11: 1.2, 12: 0.8}  # fmt: skip
# Which kinds of participant fill the places of a course, by its audiences.
AUDIENCE_TYPES = {
    "vrijwilligers": (ParticipantType.VOLUNTEER, ParticipantType.OTHER),
    "mantelzorgers": (ParticipantType.CAREGIVER,),
    "professionals": (ParticipantType.PROFESSIONAL,),
    "organisaties": (ParticipantType.ORGANISATION, ParticipantType.VOLUNTEER),
    "jongeren": (ParticipantType.VOLUNTEER,),
}
# The invented people of the history: (share of the pool, kind).
KINDS = (
    (45, ParticipantType.VOLUNTEER),
    (20, ParticipantType.CAREGIVER),
    (20, ParticipantType.PROFESSIONAL),
    (10, ParticipantType.ORGANISATION),
    (5, ParticipantType.OTHER),
)
PEOPLE = 420
# Extra surnames, so the invented names repeat less (common names in Almere).
MORE_LAST_NAMES = ["Bakker", "Vermeulen", "de Vries", "Kok", "Meijer", "Postma", "Dekker",
                   "Ouali", "Öztürk", "Wijaya", "Sitaram", "Kramer"]  # fmt: skip
# Where the register number of an invented professional comes from (pattern in the register).
REGISTER_NUMBERS = {
    "Registerplein": lambda n: f"4610{n:06d}",
    "KR V&V": lambda n: f"{19000000 + n:09d}",
    "SKJ": lambda n: f"{41000000 + n:08d}",
}
CANCEL_REASONS = (
    "Ik moet die dag werken.",
    "Ik ben ziek.",
    "Mijn vader is opgenomen in het ziekenhuis.",
    "Het past toch niet in mijn agenda.",
)
REFUND_REASON = "Op tijd afgemeld: het geld gaat terug."
ENDED_ON_WAITING_LIST = "De training is begonnen. De wachtlijst is gesloten."
ATTENDANCE_WEIGHTS = (
    (AttendanceStatus.PRESENT, 86),
    (AttendanceStatus.LATE, 5),
    (AttendanceStatus.EXCUSED, 5),
    (AttendanceStatus.ABSENT, 4),
)
OFFER_HOURS = 48


def build_history(builder, index, now):
    """The history of the courses under `index`, up to the month before `now`. Returns
    the number of registrations made (0 when the history exists already)."""
    if Edition.objects.filter(internal_notes=HISTORY_NOTE).exists():
        return 0
    return _History(builder, index, now).build()


@contextmanager
def own_timestamps(*models):
    """Let bulk_create keep the times we give (created, updated, recorded_at) instead of
    stamping them with the current time: history happened in the past."""
    fields = [
        field
        for model in models
        for field in model._meta.concrete_fields
        if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False)
    ]
    saved = [(field, field.auto_now, field.auto_now_add) for field in fields]
    for field in fields:
        field.auto_now = field.auto_now_add = False
    try:
        yield
    finally:
        for field, auto_now, auto_now_add in saved:
            field.auto_now, field.auto_now_add = auto_now, auto_now_add


def _month_starts(now):
    """The first days of the MONTHS months before the month of `now`, oldest first."""
    month = timezone.localdate(now).replace(day=1)
    months = []
    for _ in range(MONTHS):
        month = (month - dt.timedelta(days=1)).replace(day=1)
        months.append(month)
    return months[::-1]


def _local(day, clock):
    return timezone.make_aware(dt.datetime.combine(day, dt.time.fromisoformat(clock)))


class _History:
    def __init__(self, builder, index, now):
        self.builder = builder
        self.now = now
        self.random = random.Random(24)  # noqa: S311 (the same demo every run)
        self.staff = (
            get_user_model().objects.filter(username=content.STAFF_ACCOUNT["username"]).first()
            or builder.admin
        )
        data = {item["slug"]: item for item in content.COURSES}
        self.courses = [
            (course, data[course.slug])
            for course in CoursePage.objects.child_of(index)
            .filter(slug__in=data)
            .prefetch_related("prices", "accreditations__register", "trainers")
            .order_by("pk")
        ]
        self.registers = dict(getattr(builder, "registers", {}) or {})
        self.editions, self.sessions, self.trainers = [], [], []
        self.registrations, self.attendance, self.certificates = [], [], []
        self.payments, self.refunds = [], []

    # Build -------------------------------------------------------------------------

    def build(self):
        if not self.courses:
            return 0
        people = self._people()
        months = _month_starts(self.now)
        for number, month in enumerate(months):
            growth = 45 + 25 * number / (len(months) - 1)
            target = round(growth * SEASON[month.month])
            self._month(month, target, people)
        self._save()
        return len(self.registrations)

    def _people(self):
        """The invented participants, by kind; made once (looked up by e-mail or phone)."""
        # The names of the demo's own participants, mixed into new combinations.
        first_names = sorted({item[0] for item in content.PARTICIPANTS})
        last_names = sorted({item[1] for item in content.PARTICIPANTS} | set(MORE_LAST_NAMES))
        weights = [share for share, _kind in KINDS]
        kinds = [kind for _share, kind in KINDS]
        wijken = [w for slug, w in sorted(self.builder.wijken.items())]
        # The demo finds its own people by name: never make a second one of those.
        taken = set(Participant.objects.values_list("first_name", "last_name"))
        wanted = []
        for number in range(PEOPLE):
            first = first_names[number % len(first_names)]
            shift = number * 7 + number // len(first_names)
            while (first, last_names[shift % len(last_names)]) in taken:
                shift += 1
            last = last_names[shift % len(last_names)]
            phone_only = number % 13 == 5
            email = "" if phone_only else f"{slugify(first)}.{slugify(last)}.{number}@mail.example"
            wanted.append(
                Participant(
                    first_name=first,
                    last_name=last,
                    email=email,
                    phone=f"06 10 {number // 100:02d} {number % 100:02d} 00" if phone_only else "",
                    participant_type=self.random.choices(kinds, weights)[0],
                    wijk=None if number % 17 == 3 else wijken[number % len(wijken)],
                    organisation="",
                )
            )
        for person in wanted:
            if person.participant_type == ParticipantType.ORGANISATION:
                person.organisation = f"Stichting {person.last_name} (voorbeeld)"
        Participant.objects.bulk_create(wanted)
        numbers = []
        for number, person in enumerate(wanted):
            if person.participant_type != ParticipantType.PROFESSIONAL:
                continue
            short_name = list(REGISTER_NUMBERS)[number % len(REGISTER_NUMBERS)]
            register = self.registers.get(short_name)
            if register is not None:
                numbers.append(
                    ProfessionalRegistration(
                        participant=person,
                        register=register,
                        number=REGISTER_NUMBERS[short_name](number),
                    )
                )
        ProfessionalRegistration.objects.bulk_create(numbers)
        self.numbers = {n.participant_id: n for n in numbers}
        people = {}
        for person in wanted:
            people.setdefault(person.participant_type, []).append(person)
        return people

    def _month(self, month, target, people):
        made = 0
        turn = self.random.randrange(len(self.courses))
        while made < target:
            course, data = self.courses[turn % len(self.courses)]
            turn += 1 + self.random.randrange(3)
            made += self._edition(course, data, month, people)

    def _edition(self, course, data, month, people):
        spec = self.random.choice(data["editions"])
        capacity = min(20, max(8, spec.get("capacity", 12)))
        count = spec.get("sessions", 1)
        every = spec.get("every", 7)
        start, end = spec["time"]
        day = month + dt.timedelta(days=self.random.randrange(6, 27))
        weekday = spec.get("day", day.weekday())
        day += dt.timedelta(days=(weekday - day.weekday()) % 7)
        days = [day + dt.timedelta(days=every * n) for n in range(count)]
        latest = timezone.localdate(self.now) - dt.timedelta(days=3)
        if days[-1] > latest:  # every session is in the past
            days = [d - (days[-1] - latest) for d in days]
        venue = content.VENUES[spec["where"]]
        online = set(spec.get("online", []))
        edition = Edition(
            course=course,
            name=_season_name(days[0]),
            status=EditionStatus.COMPLETED,
            capacity=capacity,
            wijk=self.builder.wijken.get(venue.get("wijk")),
            internal_notes=HISTORY_NOTE,
            first_start=_local(days[0], start),
            last_end=_local(days[-1], end),
            created=_local(days[0], "10:00") - dt.timedelta(days=70),
            updated=_local(days[-1], end) + dt.timedelta(days=3),
        )
        sessions = []
        for position, session_day in enumerate(days, start=1):
            is_online = spec["where"] == "online" or position in online
            sessions.append(
                Session(
                    edition=edition,
                    sort_order=position - 1,
                    start=_local(session_day, start),
                    end=_local(session_day, end),
                    venue="Online" if is_online else venue["venue"],
                    address="" if is_online else venue["address"],
                    online_url=content.ONLINE_URL.format(slug=course.slug) if is_online else "",
                )
            )
        self.editions.append(edition)
        self.sessions.extend(sessions)
        self.trainers.append((edition, list(course.trainers.all())))
        return self._registrations(edition, course, data, sessions, people)

    # Registrations -----------------------------------------------------------------

    def _eligible(self, data, people):
        kinds = {kind for slug in data["audiences"] for kind in AUDIENCE_TYPES.get(slug, ())}
        return [person for kind in sorted(kinds) for person in people.get(kind, [])]

    def _registrations(self, edition, course, data, sessions, people):
        capacity = edition.capacity
        full = self.random.random() < 0.3
        places = capacity if full else max(4, round(capacity * self.random.uniform(0.55, 0.95)))
        waiting = self.random.randint(1, 4) if full else 0
        eligible = self._eligible(data, people) or [p for group in people.values() for p in group]
        chosen = self.random.sample(eligible, min(len(eligible), places + waiting))
        first_start = edition.first_start
        moments = sorted(self._signed_up(first_start) for _person in chosen)
        # First come, first served: the last ones join the waiting list.
        made = [
            self._registration(edition, course, person, created, number >= places)
            for number, (person, created) in enumerate(zip(chosen, moments, strict=True))
        ]
        placed = [r for r in made if r.status == RegistrationStatus.CONFIRMED]
        queue = sorted((r for r in made if r.status == RegistrationStatus.WAITING),
                       key=lambda r: r.created)  # fmt: skip
        # About one in ten cancels in time; in a full edition the place goes to the queue.
        for registration in placed:
            if self.random.random() >= 0.1:
                continue
            ended = first_start - dt.timedelta(days=self.random.randint(3, 5), hours=2)
            ended = max(ended, registration.created + dt.timedelta(hours=1))
            registration.status = RegistrationStatus.CANCELLED
            registration.ended_at = ended
            registration.end_reason = self.random.choice(CANCEL_REASONS)
            self._offer(queue, ended, first_start)
        for registration in queue:
            if registration.status == RegistrationStatus.WAITING:
                registration.status = RegistrationStatus.REMOVED
                registration.ended_at = first_start
                registration.end_reason = ENDED_ON_WAITING_LIST
        self.registrations.extend(made)
        for registration in made:
            self._payment(registration, course)
            registration.updated = registration.ended_at or registration.confirmed_at
        self._attendance(edition, course, sessions, made)
        return len(made)

    def _signed_up(self, first_start):
        return first_start - dt.timedelta(
            days=self.random.randint(2, 28), hours=self.random.randint(0, 12)
        )

    def _registration(self, edition, course, person, created, waits):
        answers = {}
        register = self._accredited_register(person, course)
        if register is not None:
            number = self.numbers[person.pk]
            answers = {
                "wants_accreditation": True,
                "register": number.register,
                "register_number": number.number,
            }
        by_staff = not person.email or self.random.random() < 0.1
        return Registration(
            edition=edition,
            participant=person,
            status=RegistrationStatus.WAITING if waits else RegistrationStatus.CONFIRMED,
            participant_type=person.participant_type,
            price_cents=course.price_for(person.participant_type) or 0,
            channel=Registration.Channel.STAFF if by_staff else Registration.Channel.ONLINE,
            registered_by=self.staff if by_staff else None,
            created=created,
            confirmed_at=None if waits else created,
            waiting_since=created if waits else None,
            **answers,
        )

    def _accredited_register(self, person, course):
        number = self.numbers.get(person.pk)
        if number is None:
            return None
        held = {a.register_id for a in course.accreditations.all()}
        return number.register if number.register_id in held else None

    def _offer(self, queue, freed_at, first_start):
        """The freed place is offered to the first in the queue: accepted, or it expires
        and goes to the next one."""
        for registration in queue:
            if registration.status != RegistrationStatus.WAITING:
                continue
            offered = max(freed_at, registration.created) + dt.timedelta(minutes=5)
            if offered > first_start - dt.timedelta(hours=OFFER_HOURS):
                return  # too late to offer: the waiting list closes when it begins
            registration.offered_at = offered
            registration.offer_expires_at = offered + dt.timedelta(hours=OFFER_HOURS)
            if self.random.random() < 0.7:
                registration.status = RegistrationStatus.CONFIRMED
                registration.confirmed_at = offered + dt.timedelta(hours=self.random.randint(1, 40))
                return
            registration.status = RegistrationStatus.EXPIRED
            registration.ended_at = registration.offer_expires_at
            freed_at = registration.offer_expires_at

    def _payment(self, registration, course):
        if not registration.price_cents or registration.confirmed_at is None:
            return
        paid = registration.confirmed_at + dt.timedelta(minutes=4)
        payment = Payment(
            registration=registration,
            method=PaymentMethod.ONLINE,
            status=PaymentStatus.PAID,
            amount_cents=registration.price_cents,
            provider="test",
            reference=new_reference(),
            paid_at=paid,
            created=paid - dt.timedelta(minutes=3),
            updated=paid,
        )
        self.payments.append(payment)
        if registration.status == RegistrationStatus.CANCELLED:
            amount = registration.price_cents * course.refund_percent // 100
            if amount:
                payment.refunded_cents = amount
                payment.updated = registration.ended_at + dt.timedelta(days=1)
                self.refunds.append(
                    Refund(
                        payment=payment,
                        amount_cents=amount,
                        reason=REFUND_REASON,
                        status=Refund.Status.SUCCEEDED,
                        automatic=True,
                        created=registration.ended_at,
                        completed_at=registration.ended_at + dt.timedelta(days=1),
                    )
                )

    # Attendance and certificates ---------------------------------------------------

    def _attendance(self, edition, course, sessions, registrations):
        statuses = [status for status, _weight in ATTENDANCE_WEIGHTS]
        weights = [weight for _status, weight in ATTENDANCE_WEIGHTS]
        required = required_sessions(len(sessions), course.completion_percent)
        confirmed = [r for r in registrations if r.status == RegistrationStatus.CONFIRMED]
        marks = {}
        for registration in confirmed:
            if self.random.random() < 0.03:  # signed up, never came
                marks[id(registration)] = [AttendanceStatus.ABSENT] * len(sessions)
            else:
                marks[id(registration)] = self.random.choices(statuses, weights, k=len(sessions))

        def completed(registration):
            came = sum(m in (AttendanceStatus.PRESENT, AttendanceStatus.LATE)
                       for m in marks[id(registration)])  # fmt: skip
            return came >= required and not course.completion_requires_assessment

        if confirmed and not any(completed(r) for r in confirmed):
            marks[id(confirmed[0])] = [AttendanceStatus.PRESENT] * len(sessions)
        for registration in confirmed:
            for session, status in zip(sessions, marks[id(registration)], strict=True):
                self.attendance.append(
                    Attendance(
                        registration=registration,
                        session=session,
                        status=status,
                        recorded_by=self.staff,
                        recorded_at=session.start + dt.timedelta(minutes=20),
                    )
                )
            if completed(registration):
                self.certificates.append(self._certificate(edition, course, registration))

    def _certificate(self, edition, course, registration):
        person = registration.participant
        accreditation = None
        if registration.wants_accreditation:
            accreditation = next(
                (a for a in course.accreditations.all()
                 if a.register_id == registration.register.pk),
                None,
            )  # fmt: skip
        issued = edition.last_end + dt.timedelta(days=self.random.randint(1, 6))
        return Certificate(
            registration=registration,
            kind=Certificate.Kind.ACCREDITATION
            if accreditation
            else Certificate.Kind.PARTICIPATION,
            participant_name=person.full_name,
            course_title=course.title,
            first_date=timezone.localdate(edition.first_start),
            last_date=timezone.localdate(edition.last_end),
            hours=course.study_load_hours,
            register_name=accreditation.register.name if accreditation else "",
            register_number=registration.register_number if accreditation else "",
            accreditation_id=accreditation.accreditation_id if accreditation else "",
            points=accreditation.points if accreditation else None,
            issued_at=issued,
            issued_by=self.staff,
        )

    # Saving ------------------------------------------------------------------------

    def _save(self):
        with own_timestamps(Edition, Registration, Attendance, Payment, Refund):
            Edition.objects.bulk_create(self.editions, batch_size=500)
            for session in self.sessions:
                session.edition_id = session.edition.pk
            Session.objects.bulk_create(self.sessions, batch_size=500)
            through = Edition.trainers.through
            through.objects.bulk_create(
                [
                    through(edition_id=edition.pk, person_id=trainer.pk)
                    for edition, trainers in self.trainers
                    for trainer in trainers
                ],
                batch_size=500,
            )
            for registration in self.registrations:
                registration.edition_id = registration.edition.pk
            Registration.objects.bulk_create(self.registrations, batch_size=500)
            for row in (*self.attendance, *self.certificates, *self.payments):
                row.registration_id = row.registration.pk
            for row in self.attendance:
                row.session_id = row.session.pk
            Attendance.objects.bulk_create(self.attendance, batch_size=500)
            Certificate.objects.bulk_create(self.certificates, batch_size=500)
            Payment.objects.bulk_create(self.payments, batch_size=500)
            for refund in self.refunds:
                refund.payment_id = refund.payment.pk
            Refund.objects.bulk_create(self.refunds, batch_size=500)
        self._invoices()
        first = {}
        for registration in self.registrations:
            person = registration.participant
            first[person] = min(first.get(person, registration.created), registration.created)
        for person, moment in first.items():
            person.created = person.updated = moment - dt.timedelta(minutes=10)
        Participant.objects.bulk_update(list(first), ["created", "updated"], batch_size=500)

    def _invoices(self):
        """A receipt for every payment and a credit note for every refund, numbered on in
        each year's series (the counter is raised once per year)."""
        settings_row = PaymentSettings.load()
        seller = seller_details(settings_row)
        vat_note = settings_row.vat_note if not settings_row.vat_rate else ""
        documents = []
        for payment in self.payments:
            documents.append((payment.paid_at, payment, payment.amount_cents, None))
        refunds = {refund.payment_id: refund for refund in self.refunds}
        for payment in self.payments:
            refund = refunds.get(payment.pk)
            if refund is not None:
                documents.append((refund.completed_at, payment, -refund.amount_cents, refund))
        documents.sort(key=lambda item: item[0])
        years = {timezone.localtime(moment).year for moment, *_rest in documents}
        counters = {
            year: InvoiceCounter.objects.get_or_create(year=year)[0].last_number for year in years
        }
        receipts, credit_notes = {}, []
        for moment, payment, amount, refund in documents:
            year = timezone.localtime(moment).year
            counters[year] += 1
            registration = payment.registration
            person = registration.participant
            invoice = Invoice(
                number=f"{year}-{counters[year]:04d}",
                year=year,
                sequence=counters[year],
                kind=Invoice.Kind.CREDIT_NOTE if refund else Invoice.Kind.INVOICE,
                payment=payment,
                refund=refund,
                issued_at=moment,
                description=(
                    f"{registration.edition.course.title} – "
                    f"{timezone.localtime(registration.edition.first_start):%d-%m-%Y}"
                )[:400],
                amount_cents=amount,
                vat_rate=settings_row.vat_rate,
                vat_cents=vat_part(amount, settings_row.vat_rate),
                vat_note=vat_note,
                recipient_name=person.full_name,
                recipient_email=person.email,
                seller=seller,
            )
            if refund is None:
                receipts[payment.pk] = invoice
            else:
                credit_notes.append(invoice)
        Invoice.objects.bulk_create(receipts.values(), batch_size=500)
        for note in credit_notes:
            note.corrects = receipts[note.payment_id]
        Invoice.objects.bulk_create(credit_notes, batch_size=500)
        for year, last in counters.items():
            InvoiceCounter.objects.filter(year=year).update(last_number=last)


def _season_name(day):
    season = "voorjaar" if day.month <= 6 else "najaar"
    return f"{season} {day.year}"
