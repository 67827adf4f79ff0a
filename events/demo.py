"""The demo agenda: a realistic year of activities, built from events/demo_content.py.

Run through `manage.py load_demo` after the pages of cms.demo exist. Safe to run
again: pages that exist (by slug) are left alone.
"""

import datetime as dt
from decimal import Decimal

from django.test.utils import override_settings
from wagtail.models import Locale, Page, Site

from cms.demo.builder import DemoBuilder
from cms.demo.media import get_or_create_image
from cms.models import Audience, Partner, Theme, Wijk

from . import demo_content as content
from .models import (
    EventDate,
    EventException,
    EventIndexPage,
    EventKind,
    EventPage,
)

STATUS = {"gepland": "scheduled", "geannuleerd": "cancelled", "verplaatst": "moved", "vol": "full"}
REPEAT = {"weekly": "weekly", "biweekly": "biweekly", "monthly": "monthly"}


def _time(value):
    return dt.time.fromisoformat(value) if value else None


def _coordinate(value):
    return Decimal(str(value)).quantize(Decimal("0.00001")) if value is not None else None


class EventsDemoBuilder:
    def __init__(self, admin):
        self.admin = admin
        self.pages = DemoBuilder()
        self.pages.admin = admin
        # Links in event texts point at the pages cms.demo made.
        self.pages.pages_by_slug = {
            page.slug: page for page in Page.objects.filter(depth__gte=2).specific()
        }

    def build(self):
        with override_settings(WAGTAILREDIRECTS_AUTO_CREATE=False):
            self._kinds()
            index = self._index()
            if index is None:
                return
            for data in content.EVENTS:
                self._event(index, data)
            self._english(index)

    def _kinds(self):
        self.kinds = {}
        for item in content.EVENT_KINDS:
            kind, _ = EventKind.objects.update_or_create(
                slug=item["slug"], defaults={"name": item["name"], "name_en": item["name_en"]}
            )
            self.kinds[kind.slug] = kind

    def _index(self):
        home = Site.objects.get(is_default_site=True).root_page.specific
        existing = EventIndexPage.objects.child_of(home).first()
        if existing is not None:
            self.created = False
            return existing
        self.created = True
        data = content.AGENDA
        index = EventIndexPage(
            title=data["title"],
            slug=data["slug"],
            intro=data["intro"],
            search_description=data["search_description"],
            image=get_or_create_image(data.get("image_label") or data["title"]),
        )
        home.add_child(instance=index)
        index.save_revision(user=self.admin, log_action=False).publish(
            user=self.admin, log_action=False
        )
        self._add_to_menu(index)
        return index

    def _add_to_menu(self, index):
        import json
        import uuid

        from cms.models import SiteSettings

        settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
        raw = list(settings.main_menu.raw_data)
        if any(item["value"].get("page") == index.pk for item in raw):
            return
        # The agenda goes before "Contact", the last item.
        raw.insert(
            max(len(raw) - 1, 0),
            {
                "type": "link",
                "id": str(uuid.uuid4()),
                "value": {"page": index.pk, "label": ""},
            },
        )
        settings.main_menu = json.dumps(raw)
        settings.save()

    def _event(self, index, data):
        if index.get_children().filter(slug=data["slug"]).exists():
            return
        page = EventPage(
            title=data["title"],
            slug=data["slug"],
            intro=data["intro"],
            search_description=data["search_description"],
            image=get_or_create_image(data.get("image_label") or data["title"]),
            kind=self.kinds[data["kind"]],
            status=STATUS[data.get("status", "gepland")],
            venue=data.get("venue", ""),
            street_address=data.get("street_address", ""),
            postal_code=data.get("postal_code", ""),
            city=data.get("city", ""),
            latitude=_coordinate(data.get("latitude")),
            longitude=_coordinate(data.get("longitude")),
            online_url=data.get("online_url", ""),
            registration_info=data.get("registration_info", ""),
            body=self.pages.stream(data.get("body", [])),
        )
        if data.get("organiser"):
            page.organiser = Partner.objects.filter(name=data["organiser"]).first()
        if data.get("wijk"):
            page.wijk = Wijk.objects.get(slug=data["wijk"])
        page.themes = list(Theme.objects.filter(slug__in=data.get("themes", [])))
        page.audiences = list(Audience.objects.filter(slug__in=data.get("audiences", [])))
        page.partners = list(Partner.objects.filter(name__in=data.get("partners", [])))
        page.dates = [
            EventDate(
                date=item["date"],
                start_time=_time(item.get("start")),
                end_time=_time(item.get("end")),
                end_date=item.get("end_date"),
                status=STATUS.get(item.get("status", "gepland"), "scheduled"),
            )
            for item in data.get("dates", [])
        ]
        rule = data.get("recurrence")
        if rule:
            page.repeat = REPEAT[rule["frequency"]]
            page.repeat_start_date = rule["start_date"]
            page.repeat_start_time = _time(rule.get("start"))
            page.repeat_end_time = _time(rule.get("end"))
            page.repeat_until = rule.get("until")
            page.repeat_count = rule.get("count")
            page.repeat_nth = rule.get("nth")
            page.exceptions = [
                EventException(
                    date=item["date"],
                    kind=item["kind"],
                    new_date=item.get("new_date"),
                    new_start_time=_time(item.get("new_start")),
                    new_end_time=_time(item.get("new_end")),
                    note=item.get("note", ""),
                )
                for item in rule.get("exceptions", [])
            ]
        page.clean()  # the demo data must pass the rules editors get
        index.add_child(instance=page)
        page.save_revision(user=self.admin, log_action=False).publish(
            user=self.admin, log_action=False
        )

    def _english(self, index):
        english = Locale.objects.get(language_code="en")
        if index.get_translation_or_none(english) is not None:
            return
        home_en = index.get_parent().get_translation_or_none(english)
        if home_en is None:
            return
        index_en = self._translate(index, english, content.AGENDA_EN)
        for dutch_slug, data in content.EVENTS_EN.items():
            page = EventPage.objects.child_of(index).filter(slug=dutch_slug).first()
            if page is not None:
                self._translate(page, english, data)
        return index_en

    def _translate(self, page, locale, data):
        copy = page.copy_for_translation(locale, copy_parents=True, alias=False).specific
        copy.title = copy.draft_title = data["title"]
        copy.slug = data["slug"]
        copy.intro = data.get("intro", "")
        copy.search_description = data.get("search_description", "")
        if "body" in data:
            self.pages.link_locale = locale
            copy.body = self.pages.stream(data["body"])
            self.pages.link_locale = None
        copy.save()
        copy.save_revision(user=self.admin, log_action=False).publish(
            user=self.admin, log_action=False
        )
        return copy
