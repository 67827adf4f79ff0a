"""What `manage.py load_demo` must build for the vacaturebank: organisations in every
district, vacancies of every kind, reactions in every state, and two accounts that work.

The checks run inside tests/cms/test_demo_content.py (DemoContentTests), which builds the
demo once for every check of the whole site: building it takes minutes."""

import datetime as dt

from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from cms.models import Partner, Wijk
from volunteering import rules
from volunteering.demo import STAFF_GROUP, STAFF_MODELS
from volunteering.demo_content import ORGANISATION_ACCOUNT, STAFF_ACCOUNT
from volunteering.models import (
    ChangeStatus,
    HelpRequest,
    Membership,
    OrganisationAccount,
    OrganisationStatus,
    Reaction,
    ReactionStatus,
    Vacancy,
    VacancyAlert,
    VacancyChange,
    VacancyIndexPage,
)
from volunteering.rules import VacancyState

DISTRICTS = {"stad", "haven", "buiten", "hout", "poort", "pampus"}


def vacaturebank_counts():
    return {
        model._meta.label: model.objects.count()
        for model in (
            Partner,
            OrganisationAccount,
            Membership,
            Vacancy,
            VacancyChange,
            Reaction,
            HelpRequest,
            VacancyAlert,
            VacancyIndexPage,
            get_user_model(),
        )
    }


class VacaturebankDemoChecks:
    """Mixed into DemoContentTests; `self.output` is what load_demo printed."""

    vacaturebank_checks = (
        "check_prints_the_vacaturebank_accounts",
        "check_organisations_in_all_six_districts",
        "check_vacancies_of_every_kind",
        "check_reactions_in_every_state",
        "check_help_requests_and_alerts",
        "check_the_vacaturebank_page_and_its_english_copy",
        "check_organisation_account",
        "check_vacaturebank_staff_account_reaches_the_admin",
    )

    def check_prints_the_vacaturebank_accounts(self):
        text = self.output.getvalue()
        for item in (ORGANISATION_ACCOUNT, STAFF_ACCOUNT):
            assert item["password"] in text
        assert ORGANISATION_ACCOUNT["email"] in text
        assert STAFF_ACCOUNT["username"] in text

    def check_organisations_in_all_six_districts(self):
        accounts = OrganisationAccount.objects.select_related("organisation__wijk__district")
        assert accounts.count() >= 15
        districts = set()
        for account in accounts:
            wijk = account.organisation.wijk
            if wijk is not None:
                districts.add((wijk.district or wijk).slug)
        assert districts >= DISTRICTS
        assert set(Wijk.objects.filter(slug__in=DISTRICTS, district=None).values_list(
            "slug", flat=True)) == DISTRICTS  # fmt: skip
        statuses = list(accounts.values_list("status", flat=True))
        assert statuses.count(OrganisationStatus.PENDING) == 1
        assert statuses.count(OrganisationStatus.SUSPENDED) == 1
        # The werkcafé's coordinators run some of them.
        assert Partner.objects.filter(contact_name="Kevin Tjon", vacancy_account__isnull=False)

    def check_vacancies_of_every_kind(self):
        now = timezone.now()
        vacancies = list(Vacancy.objects.select_related("organisation__vacancy_account"))
        assert len(vacancies) >= 60
        states = [rules.vacancy_state(vacancy, now) for vacancy in vacancies]
        for state in VacancyState:
            assert state in states, state
        live = Vacancy.objects.filter(rules.live_q(now))
        assert live.count() >= 30
        for flag in ("remote", "for_young_people", "little_dutch", "guidance"):
            assert live.filter(**{flag: True}).exists(), flag
        assert live.filter(commitment="korte-klus", remote=True).exists()
        assert live.filter(commitment="eenmalig").exists()
        soon = rules.today(now) + dt.timedelta(days=7)
        assert live.filter(expires_on__lte=soon).count() >= 3, "some expire within a week"
        assert VacancyChange.objects.filter(status=ChangeStatus.PENDING).exists()
        assert live.filter(themes__isnull=False).distinct().count() == live.count()

    def check_reactions_in_every_state(self):
        now = timezone.now()
        states = set(Reaction.objects.values_list("status", flat=True))
        assert states == set(ReactionStatus.values)
        assert Reaction.objects.filter(rules.unanswered_q(now)).count() >= 2
        assert not Reaction.objects.filter(created__gt=now).exists()
        assert Reaction.objects.filter(rules.match_q()).count() >= 5

    def check_help_requests_and_alerts(self):
        assert HelpRequest.objects.count() >= 3
        assert VacancyAlert.objects.exclude(confirmed_at=None).exists()
        assert VacancyAlert.objects.filter(confirmed_at=None).exists()

    def check_the_vacaturebank_page_and_its_english_copy(self):
        pages = VacancyIndexPage.objects.live()
        assert set(pages.values_list("locale__language_code", flat=True)) == {"nl", "en"}
        assert pages.get(locale__language_code="nl").url == "/vacaturebank/"
        # The demo text links to the real vacaturebank, not to a made-up website.
        from cms.models import StandardPage

        finding = StandardPage.objects.get(slug="vrijwilligerswerk-vinden")
        assert "example.org/vacaturebank" not in str(finding.body.raw_data)

    def check_organisation_account(self):
        user = get_user_model().objects.get(email=ORGANISATION_ACCOUNT["email"])
        membership = Membership.objects.get(user=user)
        assert membership.organisation.name == ORGANISATION_ACCOUNT["organisation"]
        assert membership.organisation.vacancy_account.status == OrganisationStatus.APPROVED
        assert user.emailaddress_set.filter(verified=True).exists(), "signs in with a code"
        assert self.client.login(
            username=ORGANISATION_ACCOUNT["username"], password=ORGANISATION_ACCOUNT["password"]
        )
        response = self.client.get(reverse("volunteering:mine"), follow=True)
        assert response.status_code == 200
        assert ORGANISATION_ACCOUNT["organisation"] in response.content.decode()
        assert self.client.get("/admin/").status_code in (302, 403), "no admin for them"
        self.client.logout()

    def check_vacaturebank_staff_account_reaches_the_admin(self):
        assert self.client.login(
            username=STAFF_ACCOUNT["username"], password=STAFF_ACCOUNT["password"]
        )
        assert self.client.get("/admin/").status_code == 200
        user = get_user_model().objects.get(username=STAFF_ACCOUNT["username"])
        assert user.groups.filter(name=STAFF_GROUP).exists()
        for model in STAFF_MODELS:
            for action in ("view", "add", "change", "delete"):
                assert user.has_perm(f"volunteering.{action}_{model}"), (action, model)
        assert not user.is_superuser
        self.client.logout()
