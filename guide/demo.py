"""The demo sociale kaart: its index page under home, the providers and the offers.

Run through `manage.py load_demo` after the vacaturebank. Built from
guide/demo_content.py; last_checked counts back from "now", so some offers are always
due for review. Then the English index and VMCA's own offers in English, and the
wegwijzers (guide/demo_wegwijzer.py), whose answers name offers.

Safe to run again: the page and providers are looked up before they are made, an offer
is only made when the index has no page with its slug yet, and an English copy only
when the page has none.
"""

import datetime as dt

from django.db import transaction
from django.test.utils import override_settings
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Locale, Site

from cms.cache import bump_content_version
from cms.demo.content import AUDIENCES, THEMES
from cms.models import Audience, Partner, Theme, Wijk

from . import demo_content as content
from .demo_history import build_history
from .demo_wegwijzer import WegwijzerDemoBuilder
from .models import SupportOfferIndexPage, SupportOfferPage

# Six districts of Almere (slug, name); the cms demo makes them, a bare database may not.
DISTRICTS = {
    "stad": "Almere Stad",
    "haven": "Almere Haven",
    "buiten": "Almere Buiten",
    "hout": "Almere Hout",
    "poort": "Almere Poort",
    "pampus": "Almere Pampus",
}
# The district of each neighbourhood the demo offers use.
NEIGHBOURHOOD_DISTRICT = {
    "stad-centrum": "stad",
    "muziekwijk": "stad",
    "stedenwijk": "stad",
    "literatuurwijk": "stad",
    "haven-centrum": "haven",
    "de-werven": "haven",
    "de-marken": "haven",
    "regenboogbuurt": "buiten",
    "stripheldenbuurt": "buiten",
    "nobelhorst": "hout",
    "vogelhorst": "hout",
    "overgooi": "hout",
    "europakwartier": "poort",
    "homeruskwartier": "poort",
    "pampushout": "pampus",
}


class GuideDemoBuilder:
    def __init__(self, admin, now=None):
        self.admin = admin
        self.now = now or timezone.now()
        self.today = timezone.localdate(self.now)

    def build(self):
        with override_settings(WAGTAILREDIRECTS_AUTO_CREATE=False):
            with transaction.atomic():
                index = self._build()
        bump_content_version()
        return index

    def _build(self):
        home = Site.objects.get(is_default_site=True).root_page.specific
        index = self._index(home)
        providers = {key: self._provider(*item) for key, item in content.PROVIDERS.items()}
        existing = set(SupportOfferPage.objects.child_of(index).values_list("slug", flat=True))
        for item in content.OFFERS:
            if slugify(item[0]) not in existing:
                self._offer(index, providers, *item)
        english = Locale.objects.filter(language_code="en").first()
        if english is not None:
            self._english(index, english)
        WegwijzerDemoBuilder(admin=self.admin, offer_index=index).build()
        build_history(self.now, staff=self.admin)
        return index

    def _publish(self, page):
        page.save_revision(user=self.admin, log_action=False).publish(
            user=self.admin, log_action=False
        )

    def _index(self, home):
        existing = SupportOfferIndexPage.objects.child_of(home).first()
        if existing is not None:
            return existing
        data = content.INDEX
        index = SupportOfferIndexPage(
            title=data["title"],
            slug=data["slug"],
            intro=data["intro"],
            search_description=data["search_description"],
        )
        home.add_child(instance=index)
        self._publish(index)
        return index

    # Reference data ------------------------------------------------------------------

    def _wijk(self, slug):
        """The wijk by slug; made when missing (a database without the cms demo)."""
        if slug is None:
            return None
        found = Wijk.objects.filter(slug=slug).first()
        if found is not None:
            return found
        if slug in DISTRICTS:
            return Wijk.objects.create(slug=slug, name=DISTRICTS[slug])
        district = self._wijk(NEIGHBOURHOOD_DISTRICT[slug])
        name = slug.replace("-", " ").title()
        return Wijk.objects.create(slug=slug, name=name, district=district)

    def _provider(self, name, wijk_slug, email, phone):
        partner = Partner.objects.filter(name=name).first()
        if partner is None:
            partner = Partner.objects.create(
                name=name,
                wijk=self._wijk(wijk_slug),
                email=email,
                phone=phone,
                description="Een verzonnen organisatie voor de demo van de sociale kaart.",
            )
        return partner

    def _themes(self, slugs):
        # The cms demo makes them; a bare database gets them with the same names.
        known = {item["slug"]: item for item in THEMES}
        return [
            Theme.objects.get_or_create(
                slug=slug,
                defaults={key: known[slug][key] for key in ("name", "name_en", "description")}
                if slug in known
                else {"name": slug.replace("-", " ")},
            )[0]
            for slug in slugs
        ]

    def _audiences(self, slugs):
        known = {item["slug"]: item for item in AUDIENCES}
        return [
            Audience.objects.get_or_create(
                slug=slug,
                defaults={key: known[slug][key] for key in ("name", "name_en")}
                if slug in known
                else {"name": slug.capitalize()},
            )[0]
            for slug in slugs
        ]

    # Offers --------------------------------------------------------------------------

    def _offer(self, index, providers, title, provider, wijk, themes, audiences, intro,
               situation, how_to_get, extra, days_ago):  # fmt: skip
        last_checked = None if days_ago is None else self.today - dt.timedelta(days=days_ago)
        offer = SupportOfferPage(
            title=title,
            slug=slugify(title),
            intro=intro,
            provider=providers[provider],
            wijk=self._wijk(wijk),
            situation=situation,
            how_to_get=how_to_get,
            last_checked=last_checked,
            **extra,
        )
        index.add_child(instance=offer)
        offer.themes.set(self._themes(themes))
        offer.audiences.set(self._audiences(audiences))
        self._publish(offer)
        return offer

    # English ---------------------------------------------------------------------------

    def _english(self, index, english):
        """The index and VMCA's own offers in English, as translations of the Dutch pages."""
        if index.get_translation_or_none(english) is None:
            data = content.INDEX_EN
            copy = index.copy_for_translation(english, copy_parents=True, alias=False).specific
            self._translated(copy, data)
        offers = SupportOfferPage.objects.child_of(index).filter(title__in=content.OFFERS_EN)
        for offer in offers:
            if offer.get_translation_or_none(english) is not None:
                continue
            data = content.OFFERS_EN[offer.title]
            copy = offer.copy_for_translation(english, copy_parents=True, alias=False).specific
            # A copy keeps the Dutch themes and audiences, so the English map filters alike.
            copy.themes.set(offer.themes.all())
            copy.audiences.set(offer.audiences.all())
            self._translated(copy, {"slug": slugify(data["title"]), **data})

    def _translated(self, copy, data):
        copy.title = copy.draft_title = data["title"]
        copy.slug = data["slug"]
        for field in ("intro", "search_description", "situation", "how_to_get",
                      "walk_in_hours"):  # fmt: skip
            if field in data:
                setattr(copy, field, data[field])
        copy.save()
        self._publish(copy)
