"""The academy's demo: a believable catalogue, registrations that obey the engine, safely twice."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone

from academy import demo_content as content
from academy import rules
from academy.demo import AcademyDemoBuilder, demo_accounts
from academy.demo_history import HISTORY_NOTE
from academy.models import (
    CourseFormat,
    CourseIndexPage,
    CoursePage,
    Edition,
    EditionStatus,
    Participant,
    Registration,
    RegistrationStatus,
)
from cms.demo.builder import DemoBuilder
from cms.models import Person
from events.demo import EventsDemoBuilder
from events.models import CalendarEntry

COUNTED_APPS = ("academy", "cms", "events", "auth", "account", "wagtailcore", "wagtailimages")


def counts():
    return {
        model._meta.label: model.objects.count()
        for model in apps.get_models()
        if model._meta.app_label in COUNTED_APPS
    }


def account(key):
    return Participant.objects.get(user__username=key)


@pytest.mark.slow
class AcademyDemoTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        pages = DemoBuilder()
        pages.build()
        EventsDemoBuilder(admin=pages.admin).build()
        cls.admin = pages.admin
        AcademyDemoBuilder(admin=pages.admin).build()

    def test_academy_demo(self):
        """One test, so the demo is built once; each check still reports on its own."""
        checks = [
            self.check_catalogue_has_courses_across_themes_audiences_and_formats,
            self.check_some_courses_are_accredited_in_three_registers,
            self.check_editions_are_upcoming_with_sessions_in_the_wijken,
            self.check_capacity_is_never_exceeded_and_full_editions_have_waiting_lists,
            self.check_there_is_one_planned_one_cancelled_and_one_open_offer,
            self.check_participants_include_phone_only_people,
            self.check_demo_volunteer_has_two_places_and_a_waiting_list,
            self.check_mantelzorger_and_professional_accounts,
            self.check_trainer_account_is_linked_to_a_person_and_editions,
            self.check_accounts_log_in_with_password,
            self.check_accounts_sign_in_with_a_code,
            self.check_werkcafe_takes_registrations_through_an_edition,
            self.check_agenda_shows_the_trainings,
            self.check_paid_places_were_paid_in_test_mode,
            self.check_an_organisation_pays_by_invoice_and_another_invoice_was_paid,
            self.check_a_partial_refund_has_a_credit_note,
            self.check_a_payment_expired_and_released_the_place,
            self.check_payment_settings_have_demo_values,
            self.check_staff_see_the_payments,
            # Last, because it runs the builder again.
            self.check_running_it_again_adds_nothing,
        ]
        for check in checks:
            with self.subTest(check=check.__name__.removeprefix("check_")):
                check()

    def check_catalogue_has_courses_across_themes_audiences_and_formats(self):
        index = CourseIndexPage.objects.get(slug="vrijwilligersacademie")
        assert index.live and index.locale.language_code == "nl"
        courses = CoursePage.objects.live().child_of(index)
        assert courses.count() >= 25
        assert {CourseFormat.ON_SITE, CourseFormat.ONLINE, CourseFormat.BLENDED} <= set(
            courses.values_list("format", flat=True)
        )
        themes, audiences = set(), set()
        for course in courses.prefetch_related("themes", "audiences", "trainers", "prices"):
            assert course.intro and course.learning_goals and course.duration, course.slug
            assert course.study_load_hours and len(course.body) >= 4, course.slug
            assert course.trainers.exists(), course.slug
            assert course.price_for("vrijwilliger") == 0 or course.price_for("mantelzorger") == 0
            themes |= {theme.slug for theme in course.themes.all()}
            audiences |= {audience.slug for audience in course.audiences.all()}
        assert len(themes) >= 6
        assert {"vrijwilligers", "mantelzorgers", "professionals", "organisaties"} <= audiences
        paid = [c for c in courses if c.price_for("professional") in (4500, 9500)]
        assert len(paid) >= 5
        assert courses.filter(ask_dietary=True).exists()
        assert courses.filter(ask_motivation=True).exists()

    def check_some_courses_are_accredited_in_three_registers(self):
        accredited = CoursePage.objects.filter(accreditations__isnull=False).distinct()
        assert accredited.count() >= 8
        registers = set(accredited.values_list("accreditations__register__short_name", flat=True))
        assert len(registers) >= 3

    def check_editions_are_upcoming_with_sessions_in_the_wijken(self):
        now = timezone.now()
        for course in CoursePage.objects.all():
            # The past editions are the figures' history (academy.demo_history).
            upcoming = course.editions.exclude(internal_notes=HISTORY_NOTE)
            assert 1 <= upcoming.count() <= 3, course.slug
        editions = Edition.objects.filter(course__isnull=False).prefetch_related("sessions")
        assert editions.filter(first_start__gt=now).count() >= 40
        for edition in editions:
            assert 1 <= len(edition.sessions.all()) <= 4, edition
            assert 8 <= edition.capacity <= 20, edition
        districts = set(editions.exclude(wijk=None).values_list("wijk__slug", flat=True))
        assert {"stad", "haven", "buiten", "poort", "hout", "pampus"} <= districts
        assert editions.filter(sessions__online_url__startswith="https://").exists()
        last = editions.order_by("-first_start").first().first_start
        assert (last - now).days >= 60, "editions spread over the coming months"

    def check_capacity_is_never_exceeded_and_full_editions_have_waiting_lists(self):
        editions = list(Edition.objects.with_counts())
        free = {e.pk: rules.free_places(e, rules.place_counts(e)) for e in editions}
        for edition in editions:
            assert edition.taken_count <= edition.capacity, edition
            if edition.waiting_count:
                assert free[edition.pk] == 0, edition
        full = [e for e in editions if e.status == EditionStatus.OPEN and free[e.pk] == 0]
        assert len(full) >= 4
        assert all(edition.waiting_count > 0 for edition in full)
        nearly = [e for e in editions if e.status == EditionStatus.OPEN and 0 < free[e.pk] <= 2]
        assert len(nearly) >= 3

    def check_there_is_one_planned_one_cancelled_and_one_open_offer(self):
        assert Edition.objects.filter(status=EditionStatus.PLANNED).count() == 1
        cancelled = Edition.objects.get(status=EditionStatus.CANCELLED)
        assert not cancelled.registrations.live().exists()
        assert cancelled.registrations.exists(), "the people who had signed up were told"
        offers = Registration.objects.filter(status=RegistrationStatus.OFFERED)
        assert offers.count() == 1
        assert offers.get().offer_expires_at > timezone.now()
        assert Edition.objects.filter(status=EditionStatus.COMPLETED).exists()

    def check_participants_include_phone_only_people(self):
        without_account = Participant.objects.filter(user=None)
        assert without_account.count() >= 40
        phone_only = without_account.filter(email="").exclude(phone="")
        assert phone_only.count() >= 5
        assert Registration.objects.filter(
            participant__in=phone_only, channel=Registration.Channel.STAFF
        ).exists()
        assert not Registration.objects.filter(
            participant__in=phone_only, channel=Registration.Channel.ONLINE
        ).exists()

    def check_demo_volunteer_has_two_places_and_a_waiting_list(self):
        upcoming = account("vrijwilliger").registrations.filter(
            edition__first_start__gt=timezone.now()
        )
        assert upcoming.filter(status=RegistrationStatus.CONFIRMED).count() == 2
        assert upcoming.filter(status=RegistrationStatus.WAITING).count() == 1

    def check_mantelzorger_and_professional_accounts(self):
        mantelzorger = account("mantelzorger")
        assert mantelzorger.participant_type == "mantelzorger"
        assert mantelzorger.registrations.filter(status=RegistrationStatus.OFFERED).exists()
        professional = account("professional")
        numbers = dict(
            professional.professional_registrations.values_list("register__short_name", "number")
        )
        assert re.fullmatch(r"4610\d{6}", numbers["Registerplein"])
        assert re.fullmatch(r"\d{11}", numbers["BIG"])
        accredited = professional.registrations.filter(wants_accreditation=True)
        assert accredited.count() >= 1
        assert all(registration.price_cents > 0 for registration in accredited)

    def check_trainer_account_is_linked_to_a_person_and_editions(self):
        user = get_user_model().objects.get(username=content.TRAINER_ACCOUNT["username"])
        assert user.groups.filter(name="Trainers").exists()
        person = Person.objects.get(user=user)
        assert person.is_trainer
        assert person.editions.count() >= 3

    def check_accounts_log_in_with_password(self):
        for item in content.ACCOUNTS:
            assert self.client.login(username=item["key"], password=item["password"]), item["key"]
            self.client.logout()
        trainer = content.TRAINER_ACCOUNT
        assert self.client.login(username=trainer["username"], password=trainer["password"])
        assert self.client.get("/admin/").status_code == 200
        self.client.logout()
        staff = content.STAFF_ACCOUNT
        assert self.client.login(username=staff["username"], password=staff["password"])
        assert self.client.get("/admin/academie/edities/").status_code == 200
        self.client.logout()
        printed = {login for login, _password, _role in demo_accounts()}
        assert {item["email"] for item in content.ACCOUNTS} <= printed

    def check_accounts_sign_in_with_a_code(self):
        email = content.ACCOUNTS[0]["email"]
        assert EmailAddress.objects.filter(email=email, verified=True).exists()
        mail.outbox = []
        # The sign-in page's code form (the password form needs a password).
        response = self.client.post(reverse("account_request_login_code"), {"email": email})
        assert response.status_code == 302, response.content.decode()[:300]
        code = re.search(r"\b[A-Z0-9]{4}-[A-Z0-9]{4}\b", mail.outbox[-1].body).group()
        response = self.client.post(response["Location"], {"code": code})
        assert response.status_code == 302
        assert int(self.client.session["_auth_user_id"]) == account("vrijwilliger").user_id
        self.client.logout()

    def check_werkcafe_takes_registrations_through_an_edition(self):
        edition = Edition.objects.with_counts().get(
            course=None, event_page__slug=content.WERKCAFE["event_slug"]
        )
        assert edition.capacity == 60
        assert edition.status == EditionStatus.OPEN
        assert edition.confirmed_count > 0
        assert edition.first_start > timezone.now()

    def check_agenda_shows_the_trainings(self):
        entries = CalendarEntry.objects.filter(source="academy", withdrawn=False)
        assert entries.count() >= 50
        response = self.client.get("/agenda/")
        assert response.status_code == 200
        titles = set(entries.values_list("title", flat=True))
        assert any(title in response.content.decode() for title in titles)

    def check_paid_places_were_paid_in_test_mode(self):
        from academy.models import Payment, PaymentEvent

        assert not Registration.objects.filter(status=RegistrationStatus.AWAITING_PAYMENT).exists()
        paid = Payment.objects.filter(method="online", status="betaald")
        assert paid.count() >= 3
        assert set(
            Payment.objects.exclude(method="factuur").values_list("provider", flat=True)
        ) == {"test"}
        for payment in paid.select_related("registration"):
            assert payment.invoices.filter(kind="factuur").exists(), payment.reference
            assert payment.amount_cents == payment.registration.price_cents
        assert PaymentEvent.objects.filter(source="test", event_id__startswith="demo-paid-").count()
        professional = account("professional")
        assert Payment.objects.filter(registration__participant=professional, status="betaald")

    def check_an_organisation_pays_by_invoice_and_another_invoice_was_paid(self):
        from academy.models import Payment

        invoices = Payment.objects.filter(method="factuur").exclude(billing_organisation="")
        open_one = invoices.get(status="open")
        assert open_one.registration.status == RegistrationStatus.CONFIRMED
        assert open_one.invoices.get(kind="factuur").due_date is not None
        paid = invoices.get(status="betaald")
        assert paid.marked_paid_by.username == content.STAFF_ACCOUNT["username"]
        assert paid.registration.status == RegistrationStatus.CONFIRMED

    def check_a_partial_refund_has_a_credit_note(self):
        from academy.demo_payments import REFUND_AMOUNT_CENTS, REFUND_REASON
        from academy.models import Refund

        refund = Refund.objects.get(reason=REFUND_REASON)
        assert refund.status == Refund.Status.SUCCEEDED
        assert refund.created_by.username == content.STAFF_ACCOUNT["username"]
        payment = refund.payment
        assert 0 < payment.refunded_cents == REFUND_AMOUNT_CENTS < payment.amount_cents
        assert refund.credit_note.amount_cents == -REFUND_AMOUNT_CENTS
        assert refund.credit_note.corrects == payment.invoices.get(kind="factuur")

    def check_a_payment_expired_and_released_the_place(self):
        registration = Registration.objects.get(status=RegistrationStatus.NOT_PAID)
        payment = registration.payments.get()
        assert payment.status == "verlopen"
        assert payment.ended_at is not None

    def check_payment_settings_have_demo_values(self):
        from academy.models import PaymentSettings

        row = PaymentSettings.load()
        assert "Almere" in row.postcode_city and row.address
        assert row.iban == "NL00TEST0123456789"
        assert row.vat_rate == 0 and "Vrijgesteld van btw" in row.vat_note

    def check_staff_see_the_payments(self):
        staff = content.STAFF_ACCOUNT
        assert self.client.login(username=staff["username"], password=staff["password"])
        from academy.models import Payment

        response = self.client.get("/admin/academie/betalingen/?status=betaald")
        assert response.status_code == 200
        latest = Payment.objects.filter(status="betaald").order_by("-created", "-pk").first()
        assert latest.reference in response.content.decode()
        self.client.logout()

    def check_running_it_again_adds_nothing(self):
        from academy.models import Invoice, Payment, PaymentEvent, Refund

        before = counts()
        payments_before = [
            model.objects.count() for model in (Payment, Invoice, Refund, PaymentEvent)
        ]

        AcademyDemoBuilder(admin=self.admin).build()

        assert counts() == before
        assert [
            model.objects.count() for model in (Payment, Invoice, Refund, PaymentEvent)
        ] == payments_before

    def test_finished_training_with_attendance_and_certificates(self):
        """A completed edition of an accredited course: who came, who got what, and what
        was reported to PE-online (issue 5's demo content)."""
        checks = [
            self.check_a_completed_edition_has_attendance_for_every_session,
            self.check_certificates_for_three_registers_and_for_volunteers,
            self.check_one_certificate_is_revoked_with_a_reason,
            self.check_whoever_missed_a_session_has_no_certificate,
            self.check_professional_account_sees_a_certificate_in_mijn_academie,
            self.check_an_accreditation_export_was_logged,
            self.check_every_completed_edition_has_attendance_and_certificates,
            # Last, because it runs the builder again.
            self.check_building_again_adds_no_certificates_or_attendance,
        ]
        for check in checks:
            with self.subTest(check=check.__name__.removeprefix("check_")):
                check()

    def check_every_completed_edition_has_attendance_and_certificates(self):
        from academy.models import Attendance, Certificate

        completed = Edition.objects.filter(status=EditionStatus.COMPLETED)
        assert completed.count() >= 2
        for edition in completed:
            assert Attendance.objects.filter(session__edition=edition).exists(), str(edition)
            assert Certificate.objects.filter(registration__edition=edition).exists(), str(edition)

    def finished_edition(self):
        from academy.demo_certificates import COURSE

        return Edition.objects.get(course__slug=COURSE["slug"], status=EditionStatus.COMPLETED)

    def check_a_completed_edition_has_attendance_for_every_session(self):
        from academy.models import Attendance

        edition = self.finished_edition()
        assert edition.last_end < timezone.now()
        sessions = edition.sessions.count()
        assert sessions == 3
        confirmed = edition.registrations.filter(status=RegistrationStatus.CONFIRMED)
        assert 8 <= confirmed.count() <= 12
        attendance = Attendance.objects.filter(session__edition=edition)
        assert attendance.count() == confirmed.count() * sessions
        assert attendance.filter(status="te-laat").exists()

    def check_certificates_for_three_registers_and_for_volunteers(self):
        from academy.models import Certificate

        valid = Certificate.objects.valid().filter(registration__edition=self.finished_edition())
        accredited = valid.filter(kind=Certificate.Kind.ACCREDITATION)
        short_names = set(accredited.values_list("registration__register__short_name", flat=True))
        assert short_names == {"Registerplein", "KR V&V", "SKJ"}
        for certificate in accredited:
            assert certificate.register_number and certificate.accreditation_id
            assert certificate.points > 0
            assert certificate.sha256 and certificate.size > 0
        participation = valid.filter(kind=Certificate.Kind.PARTICIPATION)
        kinds = set(participation.values_list("registration__participant_type", flat=True))
        assert {"vrijwilliger", "mantelzorger"} <= kinds

    def check_one_certificate_is_revoked_with_a_reason(self):
        from academy.models import Certificate
        from academy.services.completion import completion_for

        revoked = Certificate.objects.filter(
            registration__edition=self.finished_edition(), revoked_at__isnull=False
        )
        assert revoked.count() == 1
        certificate = revoked.get()
        assert certificate.revoke_reason and certificate.revoked_by is not None
        # Issued on attendance that was later corrected: the rule is no longer met.
        assert not completion_for(certificate.registration).met
        assert not certificate.registration.certificates.valid().exists()

    def check_whoever_missed_a_session_has_no_certificate(self):
        from academy.models import ATTENDED_STATUSES, Certificate
        from academy.services.completion import completions_for_edition

        completions = completions_for_edition(self.finished_edition())
        met = [pk for pk, completion in completions.items() if completion.met]
        not_met = [pk for pk, completion in completions.items() if not completion.met]
        assert len(met) >= 8
        never_issued = Registration.objects.filter(pk__in=not_met, certificates__isnull=True)
        assert never_issued.count() == 1, "one person missed a session and never got one"
        assert never_issued.get().attendances.exclude(status__in=ATTENDED_STATUSES).exists()
        assert not Certificate.objects.valid().filter(registration_id__in=not_met).exists()
        assert Certificate.objects.valid().filter(registration_id__in=met).count() == len(met)

    def check_professional_account_sees_a_certificate_in_mijn_academie(self):
        from django.urls import reverse

        from academy.models import Certificate

        item = next(item for item in content.ACCOUNTS if item["key"] == "professional")
        certificate = Certificate.objects.valid().get(
            registration__participant=account("professional"),
            registration__edition=self.finished_edition(),
        )
        assert certificate.kind == Certificate.Kind.ACCREDITATION
        assert certificate.register_name.startswith("Registerplein")
        assert self.client.login(username=item["key"], password=item["password"])
        page = self.client.get(reverse("academy:my_certificates"))
        assert page.status_code == 200
        assert certificate.course_title in page.content.decode()
        pdf = self.client.get(reverse("academy:my_certificate", args=[certificate.pk]))
        assert pdf.status_code == 200
        assert b"".join(pdf.streaming_content if pdf.streaming else [pdf.content]).startswith(
            b"%PDF"
        )
        self.client.logout()

    def check_an_accreditation_export_was_logged(self):
        from academy.models import AccreditationExport

        export = AccreditationExport.objects.get(edition=self.finished_edition())
        assert export.register.short_name == "Registerplein"
        assert export.participant_count >= 1
        assert export.exported_by is not None

    def check_building_again_adds_no_certificates_or_attendance(self):
        from academy.models import AccreditationExport, Attendance, Certificate

        def tally():
            return (
                Certificate.objects.count(),
                Attendance.objects.count(),
                AccreditationExport.objects.count(),
                Registration.objects.count(),
                Edition.objects.count(),
            )

        before = tally()

        AcademyDemoBuilder(admin=self.admin).build()

        assert tally() == before
