"""The demo vacaturebank: its page, organisations, vacancies, reactions and accounts.

Run through `manage.py load_demo` after the academy. Built from
volunteering/demo_content.py; dates count from "now", so the demo stays current (some
vacancies expire this week, some reactions wait longer than the answer time).

Safe to run again: the page, organisations, accounts and group are looked up before
they are made, and vacancies (with their reactions) are only made when the demo
organisations have none yet. Records are written with bulk_create, so `make demo` stays
fast; the page cache is emptied once at the end.
"""

import datetime as dt
import json
import random
import secrets
import uuid

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.test.utils import override_settings
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Locale, Site

from cms.cache import bump_content_version
from cms.demo.media import get_or_create_image
from cms.models import Audience, Partner, SiteSettings, Theme, Wijk

from . import demo_content as content
from .demo_history import build_history
from .models import (
    ChangeStatus,
    Decision,
    HelpRequest,
    HelpStatus,
    Membership,
    ModerationDecision,
    OrganisationAccount,
    OrganisationStatus,
    Reaction,
    ReactionStatus,
    Vacancy,
    VacancyAlert,
    VacancyChange,
    VacancyIndexPage,
    VacancyStatus,
)
from .models.choices import MODERATION_CRITERIA

STAFF_GROUP = "Vacaturebank"
ONE_DAY = dt.timedelta(days=1)
STAFF_MODELS = (
    "vacancy",
    "organisationaccount",
    "reaction",
    "helprequest",
    "vacancychange",
    "moderationdecision",
    "vacancyalert",
)
FLAG_FIELDS = {
    "remote": "remote",
    "young": "for_young_people",
    "little_dutch": "little_dutch",
    "guidance": "guidance",
    "training": "training",
    "expenses": "expense_allowance",
}
# What becomes of the vacancies, in a fixed shuffled order (64 vacancies).
KINDS = (
    ["live"] * 39
    + ["expiring"] * 5
    + ["expired"] * 4
    + ["submitted"] * 5
    + ["returned"] * 2
    + ["draft"] * 4
    + ["closed"] * 3
    + ["changed"] * 2
)
# Reactions made on top of the random ones, so every state is there: (days ago, status).
# Three still "nieuw" after more than five working days: VMCA's list of unanswered ones.
EXTRA_REACTIONS = (
    (9, ReactionStatus.NEW),
    (12, ReactionStatus.NEW),
    (20, ReactionStatus.NEW),
    (30, ReactionStatus.IN_CONTACT),
    (45, ReactionStatus.STARTED),
    (50, ReactionStatus.NO_MATCH),
)
PUBLISHED_KINDS = {"live", "expiring", "expired", "closed", "changed"}


def demo_accounts():
    """(login, password, role) of the vacaturebank's demo accounts, for load_demo."""
    return [
        (item["email"] if item is content.ORGANISATION_ACCOUNT else item["username"],
         item["password"], item["role"])
        for item in (content.ORGANISATION_ACCOUNT, content.STAFF_ACCOUNT)
    ]  # fmt: skip


def ensure_staff_group():
    """The group "Vacaturebank" for VMCA's matching staff: the admin and every
    vacaturebank model."""
    group, _ = Group.objects.get_or_create(name=STAFF_GROUP)
    permissions = Permission.objects.filter(
        content_type__app_label="volunteering",
        content_type__model__in=STAFF_MODELS,
        codename__regex=r"^(view|add|change|delete)_",
    ) | Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin")
    group.permissions.add(*permissions)
    return group


class VacaturebankDemoBuilder:
    def __init__(self, admin, now=None):
        self.admin = admin
        self.now = now or timezone.now()
        self.today = timezone.localdate(self.now)
        # The same demo every run (the dice decide nothing secret).
        self.random = random.Random(15)  # noqa: S311

    def build(self):
        with override_settings(
            WAGTAILREDIRECTS_AUTO_CREATE=False,
            EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
        ):
            with transaction.atomic():
                index = self._build()
        bump_content_version()
        return index

    def _build(self):
        self.wijken = {wijk.slug: wijk for wijk in Wijk.objects.all()}
        if not self.wijken:
            return None  # the cms demo has not run
        home = Site.objects.get(is_default_site=True).root_page.specific
        index = self._index(home)
        self._link_pages_to(index)
        staff = self._staff_account()
        organisations = self._organisations(staff)
        self._organisation_account()
        if not Vacancy.objects.filter(organisation__in=organisations).exists():
            vacancies = self._vacancies(organisations, staff)
            self._reactions(vacancies)
            self._help_requests(staff)
            self._alerts()
        build_history(organisations, staff, self.now)
        return index

    # Page ----------------------------------------------------------------------------

    def _index(self, home):
        existing = VacancyIndexPage.objects.child_of(home).first()
        if existing is not None:
            return existing
        data = content.INDEX
        index = VacancyIndexPage(
            title=data["title"],
            slug=data["slug"],
            intro=data["intro"],
            search_description=data["search_description"],
            image=get_or_create_image(data["image_label"]),
        )
        home.add_child(instance=index)
        index.save_revision(user=self.admin, log_action=False).publish(
            user=self.admin, log_action=False
        )
        self._add_to_menu(index)
        self._english(index)
        return index

    def _english(self, index):
        english = Locale.objects.filter(language_code="en").first()
        if english is None or index.get_parent().get_translation_or_none(english) is None:
            return  # the demo made no English home page
        data = content.INDEX_EN
        copy = index.copy_for_translation(english, copy_parents=True, alias=False).specific
        copy.title = copy.draft_title = data["title"]
        copy.slug = data["slug"]
        copy.intro = data["intro"]
        copy.search_description = data["search_description"]
        copy.save()
        copy.save_revision(user=self.admin, log_action=False).publish(
            user=self.admin, log_action=False
        )

    def _add_to_menu(self, index):
        site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
        raw = list(site_settings.main_menu.raw_data)
        if any(item["value"].get("page") == index.pk for item in raw):
            return
        # Before "Contact", the last item.
        raw.insert(
            max(len(raw) - 1, 0),
            {"type": "link", "id": str(uuid.uuid4()), "value": {"page": index.pk, "label": ""}},
        )
        site_settings.main_menu = json.dumps(raw)
        site_settings.save()

    def _link_pages_to(self, index):
        """The demo pages linked to a made-up vacaturebank elsewhere: link to this one."""
        from cms.models import StandardPage

        for page in StandardPage.objects.filter(slug="vrijwilligerswerk-vinden"):
            raw = list(page.body.raw_data)
            changed = False
            for block in raw:
                value = block["value"]
                if block["type"] == "call_to_action" and "vacaturebank" in value.get("url", ""):
                    target = index.get_translation_or_none(page.locale) or index
                    value["page"], value["url"] = target.pk, ""
                    changed = True
            if changed:
                page.body = json.dumps(raw)
                page.save_revision(user=self.admin, log_action=False).publish(
                    user=self.admin, log_action=False
                )

    # Accounts --------------------------------------------------------------------------

    def _user(self, item):
        user, created = get_user_model().objects.get_or_create(
            username=item["username"],
            defaults={
                "email": item["email"],
                "first_name": item["first_name"],
                "last_name": item["last_name"],
            },
        )
        if created:
            user.set_password(item["password"])
            user.save()
        # A verified address: signing in with a code by e-mail works at once.
        EmailAddress.objects.get_or_create(
            user=user, email=item["email"], defaults={"verified": True, "primary": True}
        )
        return user

    def _staff_account(self):
        user = self._user(content.STAFF_ACCOUNT)
        user.groups.add(ensure_staff_group())
        return user

    def _organisation_account(self):
        item = content.ORGANISATION_ACCOUNT
        user = self._user(item)
        organisation = Partner.objects.get(name=item["organisation"])
        Membership.objects.get_or_create(organisation=organisation, user=user)
        return user

    # Organisations -----------------------------------------------------------------

    def _organisations(self, staff):
        found = []
        for name, wijk, contact, email, description in content.NEW_ORGANISATIONS:
            partner = Partner.objects.filter(name=name).first()
            if partner is None:
                partner = Partner(
                    name=name,
                    description=description,
                    wijk=self.wijken.get(wijk),
                    city="Almere",
                    contact_name=contact,
                    email=email,
                )
                partner.save()
            found.append(partner)
        for partner in Partner.objects.filter(name__in=content.EXISTING_ORGANISATIONS):
            if not partner.email:
                # The register had no contact yet; an organisation in the vacaturebank has.
                partner.contact_name = partner.contact_name or "Coördinator vrijwilligers"
                partner.email = f"{slugify(partner.name)}@vmca.example"
                partner.save(update_fields=["contact_name", "email"])
            found.append(partner)
        have_account = set(
            OrganisationAccount.objects.filter(organisation__in=found).values_list(
                "organisation_id", flat=True
            )
        )
        OrganisationAccount.objects.bulk_create(
            [self._account(partner, staff) for partner in found if partner.pk not in have_account]
        )
        return sorted(found, key=lambda partner: partner.name)

    def _account(self, partner, staff):
        requested = self.now - dt.timedelta(days=self.random.randint(200, 400))
        account = OrganisationAccount(
            organisation=partner,
            status=OrganisationStatus.APPROVED,
            requested_at=requested,
            decided_at=requested + dt.timedelta(days=2),
            decided_by=staff,
        )
        if partner.name == content.PENDING_ORGANISATION:
            account.status = OrganisationStatus.PENDING
            account.requested_at = self.now - dt.timedelta(days=2)
            account.decided_at = account.decided_by = None
            account.motivation = content.PENDING_MOTIVATION
        elif partner.name == content.SUSPENDED_ORGANISATION:
            account.status = OrganisationStatus.SUSPENDED
            account.decided_at = self.now - dt.timedelta(days=20)
            account.reason = content.SUSPENDED_REASON
        return account

    # Vacancies -----------------------------------------------------------------------

    def _vacancies(self, organisations, staff):
        kinds = list(KINDS)
        self.random.shuffle(kinds)
        themes = {theme.slug: theme for theme in Theme.objects.all()}
        audiences = {audience.slug: audience for audience in Audience.objects.all()}
        statuses = dict(
            OrganisationAccount.objects.filter(organisation__in=organisations).values_list(
                "organisation_id", "status"
            )
        )
        built = []
        on_hold = set()
        for number, kind in enumerate(kinds):
            data = content.VACANCIES[number % len(content.VACANCIES)]
            # Each text twice, at two different organisations.
            organisation = organisations[number % len(organisations)]
            status = statuses.get(organisation.pk)
            if status == OrganisationStatus.PENDING:
                # Not approved yet: its vacancies wait, none is published.
                kind = "submitted" if kind in PUBLISHED_KINDS else kind
            elif status == OrganisationStatus.SUSPENDED and organisation.pk not in on_hold:
                # Published before VMCA suspended it: offline until it is approved again.
                kind = "live"
                on_hold.add(organisation.pk)
            built.append((self._vacancy(data, organisation, kind, staff), data, kind))
        Vacancy.objects.bulk_create([vacancy for vacancy, _data, _kind in built])
        # auto_now fields took the current time; give them the story's times.
        for vacancy, _data, _kind in built:
            vacancy.created = vacancy.submitted_at or self.now - dt.timedelta(days=1)
            vacancy.updated = vacancy.closed_at or vacancy.published_at or vacancy.created
        Vacancy.objects.bulk_update(
            [vacancy for vacancy, _data, _kind in built], ["created", "updated"], batch_size=100
        )
        Vacancy.themes.through.objects.bulk_create(
            [
                Vacancy.themes.through(vacancy_id=vacancy.pk, theme_id=themes[slug].pk)
                for vacancy, data, _kind in built
                for slug in data["themes"]
                if slug in themes
            ]
        )
        Vacancy.audiences.through.objects.bulk_create(
            [
                Vacancy.audiences.through(vacancy_id=vacancy.pk, audience_id=audiences[slug].pk)
                for vacancy, data, _kind in built
                for slug in data["audiences"]
                if slug in audiences
            ]
        )
        self._decisions(built, staff)
        return [vacancy for vacancy, _data, _kind in built]

    def _vacancy(self, data, organisation, kind, staff):
        wijk = None if "remote" in data["flags"] else organisation.wijk
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
            wijk=wijk,
            places=self.random.choice([1, 1, 2, 3, 5]),
            contact_name=organisation.contact_name or "Coördinator vrijwilligers",
            contact_email=organisation.email or "info@vmca.example",
            created_by=staff if kind == "closed" else None,
            posted_by_staff=kind == "closed",
            **{FLAG_FIELDS[flag]: True for flag in data["flags"]},
        )
        lifetime = settings.VOLUNTEERING_VACANCY_LIFETIME_DAYS
        if kind in ("live", "changed"):
            published = self.now - dt.timedelta(days=self.random.randint(3, lifetime - 10))
            expires = timezone.localdate(published) + dt.timedelta(days=lifetime)
        elif kind == "expiring":
            expires = self.today + dt.timedelta(days=self.random.randint(0, 6))
            published = self._at(expires - dt.timedelta(days=lifetime))
        elif kind == "expired":
            expires = self.today - dt.timedelta(days=self.random.randint(2, 60))
            published = self._at(expires - dt.timedelta(days=lifetime))
        elif kind == "closed":
            published = self.now - dt.timedelta(days=self.random.randint(150, 330))
            expires = timezone.localdate(published) + dt.timedelta(days=lifetime)
            vacancy.closed_at = published + dt.timedelta(days=self.random.randint(20, 100))
        else:
            published = expires = None
        if published is not None:
            vacancy.submitted_at = published - dt.timedelta(days=1, hours=3)
            vacancy.published_at = published
            vacancy.expires_on = expires
            vacancy.status = VacancyStatus.CLOSED if kind == "closed" else VacancyStatus.PUBLISHED
        elif kind == "submitted":
            vacancy.status = VacancyStatus.SUBMITTED
            vacancy.submitted_at = self.now - dt.timedelta(days=self.random.randint(0, 4), hours=2)
        elif kind == "returned":
            vacancy.status = VacancyStatus.RETURNED
            vacancy.submitted_at = self.now - dt.timedelta(days=6)
            vacancy.returned_reason = content.RETURNED_REASON
        else:
            vacancy.status = VacancyStatus.DRAFT
        return vacancy

    def _at(self, day):
        """10:00 in Almere on `day`: when VMCA approved it."""
        return timezone.make_aware(dt.datetime.combine(day, dt.time(10)))

    def _decisions(self, built, staff):
        checklist = {key: True for key, _label in MODERATION_CRITERIA}
        decisions = []
        changes = []
        for vacancy, _data, kind in built:
            if vacancy.published_at is not None:
                decisions.append(
                    ModerationDecision(
                        vacancy=vacancy,
                        decision=Decision.APPROVE,
                        checklist=checklist,
                        decided_by=staff,
                        decided_at=vacancy.published_at,
                    )
                )
            elif kind == "returned":
                decisions.append(
                    ModerationDecision(
                        vacancy=vacancy,
                        decision=Decision.RETURN,
                        checklist={**checklist, "clear_task": False, "named_contact": False},
                        reason=content.RETURNED_REASON,
                        decided_by=staff,
                        decided_at=self.now - dt.timedelta(days=5),
                    )
                )
            if kind == "changed":
                changes.append(
                    VacancyChange(
                        vacancy=vacancy,
                        data={"summary": content.CHANGED_SUMMARY},
                        status=ChangeStatus.PENDING,
                        submitted_at=self.now - dt.timedelta(days=1),
                    )
                )
        ModerationDecision.objects.bulk_create(decisions)
        VacancyChange.objects.bulk_create(changes)

    # People ----------------------------------------------------------------------------

    def _person(self, number):
        first = content.FIRST_NAMES[number % len(content.FIRST_NAMES)]
        last = content.LAST_NAMES[(number * 3) % len(content.LAST_NAMES)]
        email = f"{slugify(first)}.{slugify(last)}{number}@mail.example"
        return f"{first} {last}", email

    def _reactions(self, vacancies):
        reactions = []
        number = 0
        for vacancy in vacancies:
            if vacancy.published_at is None:
                continue
            end = self.now
            if vacancy.closed_at is not None:
                end = vacancy.closed_at
            elif vacancy.expires_on < self.today:
                end = self._at(vacancy.expires_on)
            span = max(int((end - vacancy.published_at).total_seconds()), 3600)
            for _ in range(self.random.randint(0, 5)):
                number += 1
                created = vacancy.published_at + dt.timedelta(
                    seconds=self.random.randint(600, span)
                )
                reactions.append(self._reaction(vacancy, number, created))
        # Every state, whatever the dice said: older reactions nobody answered yet, and one
        # reaction of each other kind.
        live = [v for v in vacancies if v.status == VacancyStatus.PUBLISHED]
        for days, status in EXTRA_REACTIONS:
            number += 1
            vacancy = live[number % len(live)]
            created = max(self.now - dt.timedelta(days=days), vacancy.published_at)
            reaction = self._reaction(vacancy, number, created)
            reaction.status = status
            reaction.status_changed_at = (
                None if status == ReactionStatus.NEW else created + dt.timedelta(days=3)
            )
            reactions.append(reaction)
        Reaction.objects.bulk_create(reactions)

    def _reaction(self, vacancy, number, created):
        name, email = self._person(number)
        age = (self.now - created).days
        if age < 3:
            status = ReactionStatus.NEW
        else:
            status = self.random.choice(
                [ReactionStatus.IN_CONTACT, ReactionStatus.STARTED, ReactionStatus.NO_MATCH,
                 ReactionStatus.NO_MATCH, ReactionStatus.NEW if age < 8 else ReactionStatus.STARTED]
            )  # fmt: skip
        by_phone = number % 4 == 0
        return Reaction(
            vacancy=vacancy,
            name=name,
            email="" if by_phone else email,
            phone=f"06 00 00 {20 + number // 100:02d} {number % 100:02d}" if by_phone else "",
            contact_preference="telefoon" if by_phone else "e-mail",
            message=content.MESSAGES[number % len(content.MESSAGES)],
            consent=True,
            status=status,
            created=created,
            status_changed_at=None
            if status == ReactionStatus.NEW
            else min(created + dt.timedelta(days=2), self.now),
        )

    def _help_requests(self, staff):
        items = []
        for number, (name, phone, email, channel, wijk, message) in enumerate(
            content.HELP_REQUESTS
        ):
            status = [HelpStatus.NEW, HelpStatus.NEW, HelpStatus.PLANNED, HelpStatus.DONE][number]
            items.append(
                HelpRequest(
                    name=name,
                    phone=phone,
                    email=email,
                    channel=channel,
                    wijk=self.wijken.get(wijk),
                    message=message,
                    best_time="Op werkdagen na 10.00 uur",
                    consent=True,
                    created=self.now - dt.timedelta(days=number * 4 + 1, hours=2),
                    status=status,
                    handled_by=None if status == HelpStatus.NEW else staff,
                    handled_at=None
                    if status == HelpStatus.NEW
                    else self.now - dt.timedelta(days=1),
                    follow_up=""
                    if status == HelpStatus.NEW
                    else "Gebeld en een afspraak gemaakt voor het spreekuur.",
                )
            )
        HelpRequest.objects.bulk_create(items)

    def _alerts(self):
        VacancyAlert.objects.bulk_create(
            [
                VacancyAlert(
                    email=email,
                    query=query,
                    token=secrets.token_urlsafe(32),
                    created=self.now - dt.timedelta(days=30),
                    confirmed_at=self.now - dt.timedelta(days=30) if confirmed else None,
                    last_sent_at=self.now - dt.timedelta(days=3) if confirmed else None,
                )
                for email, query, confirmed in content.ALERTS
            ]
        )
