"""The demo Vrijwilligersacademie: catalogue, editions, demo accounts and registrations.

Run through `manage.py load_demo` after cms.demo and events.demo. Built from
academy/demo_content.py. Dates count from today, so the demo stays current.

Safe to run again: a course that exists (by slug) keeps its editions, accounts and
participants are looked up before they are made, and registrations are only made for
editions this run created. Every registration goes through the registration
engine (academy.services.registration), so the demo obeys the same rules as real
use: capacity is never exceeded, full editions get a waiting list, a freed place is
offered to the next person.
"""

import datetime as dt
import itertools
import json
import uuid
from decimal import Decimal

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.test.utils import override_settings
from django.utils import timezone
from wagtail.models import GroupPagePermission, Site

from cms.demo.builder import DemoBuilder
from cms.demo.media import get_or_create_image
from cms.models import Audience, Person, SiteSettings, Theme, Wijk

from . import demo_content as content
from .calendar_source import AcademySource
from .demo_certificates import build_finished_training, complete_past_editions
from .demo_history import build_history
from .demo_payments import build_payments, pay_held_place
from .models import (
    AccreditationRegister,
    CourseAccreditation,
    CourseIndexPage,
    CoursePage,
    CoursePrice,
    Edition,
    EditionStatus,
    Participant,
    ParticipantType,
    ProfessionalRegistration,
    Session,
)
from .models.participants import new_token
from .services import registration as engine

# Which kinds of participant fill the places of a course, by its audiences.
AUDIENCE_TYPES = {
    "vrijwilligers": {ParticipantType.VOLUNTEER, ParticipantType.OTHER},
    "mantelzorgers": {ParticipantType.CAREGIVER},
    "professionals": {ParticipantType.PROFESSIONAL},
    "organisaties": {ParticipantType.ORGANISATION, ParticipantType.VOLUNTEER},
    "jongeren": {ParticipantType.VOLUNTEER},
}
CANCEL_REASONS = [
    "Ik moet die dag werken.",
    "Mijn moeder is opgenomen in het ziekenhuis.",
    "Ik ben ziek.",
]
EDITION_CANCELLED_REASON = (
    "De trainer is langdurig ziek. We plannen zo snel mogelijk een nieuwe datum."
)


def demo_accounts():
    """(login, password, role) of the academy's demo accounts, for load_demo to print."""
    rows = [(item["email"], item["password"], item["role"]) for item in content.ACCOUNTS]
    for item in (content.TRAINER_ACCOUNT, content.STAFF_ACCOUNT):
        rows.append((item["username"], item["password"], item["role"]))
    return rows


def _local(day, clock):
    return timezone.make_aware(dt.datetime.combine(day, dt.time.fromisoformat(clock)))


class AcademyDemoBuilder:
    def __init__(self, admin):
        self.admin = admin
        self.pages = DemoBuilder()
        self.pages.admin = admin
        self.today = timezone.localdate()
        self._turn = itertools.count()
        self._cursor = 0

    def build(self):
        # The demo writes a few hundred mails to the outbox; send them to memory, not to
        # the terminal, so `make demo` stays readable. They stay visible in the admin.
        with override_settings(
            WAGTAILREDIRECTS_AUTO_CREATE=False,
            EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
            # Demo payments are test-mode payments, even where Stripe keys are set.
            STRIPE_SECRET_KEY="",
        ):
            with transaction.atomic():
                index = self._build()
        if index is not None:
            AcademySource().sync_all()
        return index

    def _build(self):
        self.wijken = {wijk.slug: wijk for wijk in Wijk.objects.all()}
        self.registers = {r.short_name: r for r in AccreditationRegister.objects.all()}
        home = Site.objects.get(is_default_site=True).root_page.specific
        if not self.wijken:
            return None  # the cms demo has not run: nothing to hang the academy on
        self._trainers()
        self._accounts()
        self._participants()
        index = self._index(home)
        self._staff_account(index)
        for data in content.COURSES:
            course = self._course(index, data)
            if not course.editions.exists():
                for edition_data in data["editions"]:
                    self._edition(course, data, edition_data)
        self._werkcafe()
        build_finished_training(self, index)
        complete_past_editions(self)
        build_payments(self)
        build_history(self, index, now=timezone.now())
        return index

    # People ----------------------------------------------------------------------

    def _staff_account(self, index):
        """A member of the academy's staff: editions, registrations and the course pages."""
        item = content.STAFF_ACCOUNT
        user = self._user(
            item["username"], item["email"], item["password"], item["first_name"], item["last_name"]
        )
        group = Group.objects.get(name="Academie")
        user.groups.add(group)
        for permission in Permission.objects.filter(
            content_type__app_label="wagtailcore",
            codename__in=["add_page", "change_page", "publish_page"],
        ):
            GroupPagePermission.objects.get_or_create(
                group=group, page=index, permission=permission
            )

    def _trainers(self):
        self.trainers = {
            key: Person.objects.get(email=email)
            for key, email in content.CMS_TRAINERS.items()
            if Person.objects.filter(email=email).exists()
        }
        for item in content.TRAINERS:
            person, _ = Person.objects.update_or_create(
                email=item["email"],
                defaults={
                    "first_name": item["first_name"],
                    "last_name": item["last_name"],
                    "job_title": item["job_title"],
                    "bio": item["bio"],
                    "phone": item["phone"],
                    "is_trainer": True,
                    "show_contact_details": False,
                    "photo": get_or_create_image(
                        f"{item['first_name'][0]}{item['last_name'].split()[-1][0]}",
                        f"Initialen van {item['first_name']} {item['last_name']}",
                    ),
                },
            )
            self.trainers[item["key"]] = person

    def _user(self, username, email, password, first_name, last_name):
        user, created = get_user_model().objects.get_or_create(
            username=username,
            defaults={"email": email, "first_name": first_name, "last_name": last_name},
        )
        if created:
            user.set_password(password)
            user.save()
        # A verified address, so the person can also sign in with a code by e-mail.
        EmailAddress.objects.get_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        return user

    def _accounts(self):
        self.accounts = {}
        for item in content.ACCOUNTS:
            user = self._user(
                item["key"], item["email"], item["password"], item["first_name"], item["last_name"]
            )
            person, created = Participant.objects.get_or_create(
                user=user,
                defaults={
                    "first_name": item["first_name"],
                    "last_name": item["last_name"],
                    "email": item["email"],
                    "phone": item["phone"],
                    "organisation": item["organisation"],
                    "wijk": self.wijken.get(item["wijk"]),
                    "participant_type": item["participant_type"],
                },
            )
            if created and item["key"] == "vrijwilliger":
                person.feed_token = new_token()  # so the personal calendar feed works at once
                person.save(update_fields=["feed_token"])
            for short_name, number in item.get("registrations", []):
                ProfessionalRegistration.objects.get_or_create(
                    participant=person,
                    register=self.registers[short_name],
                    defaults={"number": number},
                )
            self.accounts[item["key"]] = person
        trainer = content.TRAINER_ACCOUNT
        person = self.trainers.get(trainer["person"])
        if person is None:
            return
        user = self._user(
            trainer["username"],
            person.email,
            trainer["password"],
            person.first_name,
            person.last_name,
        )
        user.groups.add(Group.objects.get(name="Trainers"))
        if person.user_id != user.pk:
            person.user = user
            person.save(update_fields=["user"])

    def _participants(self):
        self.pool = []
        for first, last, email, phone, kind, wijk, registration in content.PARTICIPANTS:
            person, _ = Participant.objects.get_or_create(
                first_name=first,
                last_name=last,
                user=None,
                defaults={
                    "email": email,
                    "phone": phone,
                    "participant_type": kind,
                    "wijk": self.wijken.get(wijk),
                },
            )
            if registration:
                short_name, number = registration
                ProfessionalRegistration.objects.get_or_create(
                    participant=person,
                    register=self.registers[short_name],
                    defaults={"number": number},
                )
            self.pool.append(person)

    # Pages -----------------------------------------------------------------------

    def _index(self, home):
        existing = CourseIndexPage.objects.child_of(home).first()
        if existing is not None:
            return existing
        data = content.ACADEMY
        index = CourseIndexPage(
            title=data["title"],
            slug=data["slug"],
            intro=data["intro"],
            search_description=data["search_description"],
            image=get_or_create_image(data["image_label"]),
            body=self.pages.stream(data["body"]),
        )
        home.add_child(instance=index)
        index.save_revision(user=self.admin, log_action=False).publish(
            user=self.admin, log_action=False
        )
        self._add_to_menu(index)
        return index

    def _add_to_menu(self, index):
        settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
        raw = list(settings.main_menu.raw_data)
        if any(item["value"].get("page") == index.pk for item in raw):
            return
        # Before "Contact", the last item.
        raw.insert(
            max(len(raw) - 1, 0),
            {"type": "link", "id": str(uuid.uuid4()), "value": {"page": index.pk, "label": ""}},
        )
        settings.main_menu = json.dumps(raw)
        settings.save()

    def _course(self, index, data):
        existing = CoursePage.objects.child_of(index).filter(slug=data["slug"]).first()
        if existing is not None:
            return existing
        page = CoursePage(
            title=data["title"],
            slug=data["slug"],
            intro=data["intro"],
            search_description=data["search_description"],
            image=get_or_create_image(data["image_label"]),
            learning_goals=data["learning_goals"],
            format=data["format"],
            duration=data["duration"],
            study_load_hours=Decimal(data["study_load"]),
            ask_dietary=data.get("ask_dietary", False),
            ask_accessibility=data.get("ask_accessibility", True),
            ask_motivation=data.get("ask_motivation", False),
            body=self.pages.stream(data["body"]),
        )
        page.themes = list(Theme.objects.filter(slug__in=data["themes"]))
        page.audiences = list(Audience.objects.filter(slug__in=data["audiences"]))
        page.trainers = [self.trainers[key] for key in data["trainers"] if key in self.trainers]
        page.prices = [
            CoursePrice(participant_type=kind, amount_cents=cents)
            for kind, cents in data["prices"].items()
        ]
        page.accreditations = [
            CourseAccreditation(
                register=self.registers[short_name],
                accreditation_id=code,
                points=Decimal(points),
                valid_from=self.today - dt.timedelta(days=60),
                valid_until=self.today + dt.timedelta(days=365),
            )
            for short_name, code, points in data.get("accreditations", [])
        ]
        index.add_child(instance=page)
        page.save_revision(user=self.admin, log_action=False).publish(
            user=self.admin, log_action=False
        )
        return page

    # Editions --------------------------------------------------------------------

    def _first_day(self, spec):
        day = self.today + dt.timedelta(days=spec["in"])
        return day + dt.timedelta(days=(spec.get("day", day.weekday()) - day.weekday()) % 7)

    def _edition(self, course, data, spec):
        state = spec["state"]
        venue = content.VENUES[spec["where"]]
        first_day = self._first_day(spec)
        start, end = spec["time"]
        online = set(spec.get("online", []))
        online_url = content.ONLINE_URL.format(slug=course.slug)
        sessions = []
        for position in range(1, spec.get("sessions", 1) + 1):
            day = first_day + dt.timedelta(days=spec.get("every", 7) * (position - 1))
            is_online = spec["where"] == "online" or position in online
            sessions.append(
                Session(
                    title="Online bijeenkomst" if is_online and spec["where"] != "online" else "",
                    start=_local(day, start),
                    end=_local(day, end),
                    venue="Online" if is_online else venue["venue"],
                    address="" if is_online else venue["address"],
                    online_url=online_url if is_online else "",
                )
            )
        capacity = spec["capacity"]
        edition = Edition(
            course=course,
            status=EditionStatus.PLANNED if state == "planned" else EditionStatus.OPEN,
            capacity=capacity,
            min_participants=min(6, capacity // 2),
            wijk=self.wijken.get(venue["wijk"]) if venue["wijk"] else None,
            internal_notes=self._notes(spec, venue),
        )
        if state == "planned":
            edition.registration_opens = sessions[0].start - dt.timedelta(days=42)
        edition.sessions = sessions
        edition.trainers = list(course.trainers.all())
        edition.save()
        edition.refresh_from_db()
        self._fill(edition, data, spec)

    def _notes(self, spec, venue):
        if spec["where"] == "online":
            return "Online via meet.example.org. De link gaat mee in de bevestiging."
        return f"Zaal is gereserveerd bij {venue['venue']}. Koffie en thee zijn geregeld."

    def _fill(self, edition, data, spec):
        """Registrations that bring the edition into the state the content asks for."""
        state = spec["state"]
        if state == "planned":
            return
        accounts = spec.get("accounts", [])
        placed = [self.accounts[key] for key, role in accounts if role == "place"]
        waiting = [self.accounts[key] for key, role in accounts if role in ("wait", "offer")]
        offer_first = any(role == "offer" for _key, role in accounts)
        capacity = edition.capacity
        staff = state == "past"

        if state in ("open", "past", "cancelled"):
            places = spec.get("taken", 0)
        elif state == "nearly_full":
            places = capacity - spec.get("free", 1)
        else:
            places = capacity
        # A few open editions show someone who signed up and then cancelled.
        cancel_one = state == "open" and places >= 6 and next(self._turn) % 3 == 0
        pool_places = max(0, places - len(placed)) + (1 if cancel_one else 0)
        pool_waiting = (
            max(0, spec.get("waiting", 3) - len(waiting)) if state in ("full", "offer") else 0
        )
        people = self._pick(data, pool_places + pool_waiting)

        for person in placed:
            self._register(edition, data, person, staff)
        taken = [self._register(edition, data, person, staff) for person in people[:pool_places]]
        queue = people[pool_places:]
        if offer_first:
            order = waiting + queue
        else:
            # The demo account waits behind one other person: "plaats 2 op de wachtlijst".
            order = queue[:1] + waiting + queue[1:]
        for person in order:
            self._register(edition, data, person, staff)

        if cancel_one or state == "offer":
            # Someone cancels in time; in a full edition the place goes to the waiting list.
            leaving = taken[-1]
            engine.cancel(
                leaving,
                # Phone-only people phone to cancel.
                by=engine.CancelledBy.STAFF
                if not leaving.participant.email
                else engine.CancelledBy.PARTICIPANT,
                reason=CANCEL_REASONS[edition.pk % len(CANCEL_REASONS)],
            )
        if state == "cancelled":
            engine.cancel_edition(edition, reason=EDITION_CANCELLED_REASON)
        elif state == "past":
            edition.status = EditionStatus.COMPLETED
            edition.save(update_fields=["status", "updated"])

    def _pick(self, data, count):
        if count <= 0:
            return []
        allowed = set().union(*(AUDIENCE_TYPES.get(slug, set()) for slug in data["audiences"]))
        eligible = [person for person in self.pool if person.participant_type in allowed]
        if len(eligible) < count:
            eligible = self.pool
        start = self._cursor % len(eligible)
        self._cursor += 7
        return (eligible[start:] + eligible[:start])[:count]

    def _answers(self, data, person):
        turn = next(self._turn)
        answers = engine.Answers(
            dietary=content.DIETARY[turn % len(content.DIETARY)] if data.get("ask_dietary") else "",
            accessibility=(
                content.ACCESSIBILITY[turn % len(content.ACCESSIBILITY)]
                if data.get("ask_accessibility", True)
                else ""
            ),
            motivation=(
                content.MOTIVATION[turn % len(content.MOTIVATION)]
                if data.get("ask_motivation")
                else ""
            ),
        )
        accredited = {short_name for short_name, _code, _points in data.get("accreditations", [])}
        if person.participant_type == ParticipantType.PROFESSIONAL and accredited:
            for number in person.professional_registrations.select_related("register"):
                if number.register.short_name in accredited:
                    answers.wants_accreditation = True
                    answers.register_id = number.register_id
                    answers.register_number = number.number
                    break
        return answers

    def _register(self, edition, data, person, staff):
        # People without e-mail phoned in: a member of staff registered them.
        answers = self._answers(data, person)
        if staff or not person.email:
            registration = engine.register_by_staff(edition.pk, person, answers, by=self.admin)
        else:
            registration = engine.register(edition.pk, person, answers)
        # Online in a paid training: they pay at once (test mode), so the place is theirs.
        return pay_held_place(registration)

    # The werkcafé in the agenda --------------------------------------------------

    def _werkcafe(self):
        from events.models import EventPage, Occurrence

        data = content.WERKCAFE
        page = EventPage.objects.filter(slug=data["event_slug"]).first()
        if page is None or Edition.objects.filter(event_page=page).exists():
            return None
        now = timezone.now()
        occurrence = (
            Occurrence.objects.filter(
                entry__page_id=page.pk,
                entry__withdrawn=False,
                start__gt=now,
                status="scheduled",
            )
            .order_by("start")
            .first()
        )
        if occurrence is not None:
            start, end = occurrence.start, occurrence.end
        else:
            # The events demo has fixed dates; once they are past, use next month's first Thursday.
            first = (self.today.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
            day = first + dt.timedelta(days=(3 - first.weekday()) % 7)
            start, end = _local(day, data["start"]), _local(day, data["end"])
        venue = content.VENUES[data["venue"]]
        edition = Edition(
            event_page=page,
            status=EditionStatus.OPEN,
            capacity=data["capacity"],
            wijk=self.wijken.get(venue["wijk"]),
            internal_notes="Aanmelden via de agendapagina. Kasia ontvangt de lijst.",
        )
        edition.sessions = [
            Session(start=start, end=end, venue=venue["venue"], address=venue["address"])
        ]
        if "kasia" in self.trainers:
            edition.trainers = [self.trainers["kasia"]]
        edition.save()
        edition.refresh_from_db()
        werkcafe_data = {"audiences": ["organisaties"], "ask_accessibility": True}
        for person in self._pick(werkcafe_data, data["registrations"]):
            self._register(edition, werkcafe_data, person, staff=False)
        return edition
