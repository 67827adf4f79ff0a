"""Builds the Dutch (and a little English) demo site from cms/demo/content.py.

Safe to run again: reference data is updated in place, pages that already
exist (by slug under the same parent) are left alone, accounts are reused.
"""

import json
import uuid

from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.db.models import Q
from django.test.utils import override_settings
from wagtail.models import Locale, Site

from cms.models import (
    Audience,
    BlogIndexPage,
    BlogPage,
    ContactPage,
    FormField,
    NewsIndexPage,
    NewsPage,
    Partner,
    Person,
    SectionPage,
    SiteSettings,
    StandardPage,
    Theme,
    Wijk,
)

from . import content, privacy
from .media import get_or_create_document, get_or_create_image

DEMO_ACCOUNTS = [
    # username, password, role description, group (None = superuser)
    ("beheerder", "vmca-beheer-2026", "beheerder (alle rechten)", None),
    (
        "redacteur",
        "vmca-redactie-2026",
        "redacteur: schrijft en stuurt ter goedkeuring",
        "Redactie",
    ),
    (
        "hoofdredacteur",
        "vmca-hoofdredactie-2026",
        "hoofdredacteur: keurt goed en publiceert, ziet de cijfers",
        "Hoofdredactie",
    ),
]

# Communication and management see VMCA's figures (the dashboard and the yearly report).
FIGURES_GROUP = "Cijfers"
FIGURES_ACCOUNTS = ("hoofdredacteur",)


def figures_group():
    """The staff group "Cijfers": the admin and the permission insights.view_figures
    (named by strings: cms does not import the insights app above it)."""
    group, _ = Group.objects.get_or_create(name=FIGURES_GROUP)
    group.permissions.add(
        *Permission.objects.filter(
            Q(content_type__app_label="insights", codename="view_figures")
            | Q(content_type__app_label="wagtailadmin", codename="access_admin")
        )
    )
    return group


def _raw_id():
    return str(uuid.uuid4())


class DemoBuilder:
    def __init__(self, stdout=None):
        self.stdout = stdout
        self.pages_by_slug = {}
        self.admin = None
        self.link_locale = None

    def log(self, message):
        if self.stdout is not None:
            self.stdout.write(message)

    def build(self):
        # Giving fresh English copies their English slugs is not a rename anyone linked
        # to, so Wagtail should not create redirects for it (it does so on commit).
        with override_settings(WAGTAILREDIRECTS_AUTO_CREATE=False):
            return self._build()

    @transaction.atomic
    def _build(self):
        self.admin = self.create_accounts()
        self.create_reference_data()
        home = self.build_home()
        self.build_dutch_pages(home)
        self.fill_bodies()
        self.build_site_settings(home)
        self.build_english()
        return home

    # Accounts -----------------------------------------------------------------

    def create_accounts(self):
        user_model = get_user_model()
        admin = None
        for username, password, _role, group_name in DEMO_ACCOUNTS:
            user, created = user_model.objects.get_or_create(
                username=username,
                defaults={
                    "email": f"{username}@vmca.example",
                    "first_name": username.capitalize(),
                    "is_staff": group_name is None,
                    "is_superuser": group_name is None,
                },
            )
            if created:
                user.set_password(password)
                user.save()
            if group_name:
                user.groups.add(Group.objects.get(name=group_name))
            else:
                admin = user
            if username in FIGURES_ACCOUNTS:
                user.groups.add(figures_group())
        return admin

    # Snippets -----------------------------------------------------------------

    def create_reference_data(self):
        self.wijken = {}
        for district in content.WIJKEN:
            parent, _ = Wijk.objects.update_or_create(
                slug=district["slug"], defaults={"name": district["name"], "district": None}
            )
            self.wijken[parent.slug] = parent
            for name, slug in district["neighbourhoods"]:
                child, _ = Wijk.objects.update_or_create(
                    slug=slug, defaults={"name": name, "district": parent}
                )
                self.wijken[slug] = child
        self.themes = {}
        for item in content.THEMES:
            theme, _ = Theme.objects.update_or_create(
                slug=item["slug"],
                defaults={k: item[k] for k in ("name", "name_en", "description")},
            )
            self.themes[theme.slug] = theme
        self.audiences = {}
        for item in content.AUDIENCES:
            audience, _ = Audience.objects.update_or_create(
                slug=item["slug"], defaults={"name": item["name"], "name_en": item["name_en"]}
            )
            self.audiences[audience.slug] = audience
        self.persons = {}
        for item in content.PERSONS:
            person, _ = Person.objects.update_or_create(
                email=item["email"],
                defaults={
                    "first_name": item["first_name"],
                    "last_name": item["last_name"],
                    "job_title": item["job_title"],
                    "bio": item["bio"],
                    "phone": item["phone"],
                    "is_trainer": item["is_trainer"],
                    "show_contact_details": not item["is_trainer"],
                    "photo": get_or_create_image(
                        f"{item['first_name'][0]}{item['last_name'].split()[-1][0]}",
                        f"Initialen van {item['first_name']} {item['last_name']}",
                    ),
                },
            )
            self.persons[item["key"]] = person
        for item in content.PARTNERS:
            Partner.objects.update_or_create(
                name=item["name"],
                defaults={
                    "description": item["description"],
                    "website": item["website"],
                    "wijk": self.wijken.get(item["wijk"]) if item.get("wijk") else None,
                    "sav_member": item["sav_member"],
                },
            )

    # Pages --------------------------------------------------------------------

    def _child(self, parent, model, data, **extra):
        """The child page with this slug, created (as a draft) if it does not exist yet."""
        existing = parent.get_children().filter(slug=data["slug"]).specific().first()
        if existing is not None:
            self.pages_by_slug[data["slug"]] = existing
            return existing
        page = model(
            title=data["title"],
            slug=data["slug"],
            intro=data.get("intro", ""),
            search_description=data.get("search_description", ""),
            image=get_or_create_image(data.get("image_label") or data["title"]),
            **extra,
        )
        page._demo_data = data
        parent.add_child(instance=page)
        if hasattr(page, "wijk_id") and data.get("wijk"):
            page.wijk = self.wijken[data["wijk"]]
        if hasattr(page, "themes"):
            page.themes.set([self.themes[slug] for slug in data.get("themes", [])])
            page.audiences.set([self.audiences[slug] for slug in data.get("audiences", [])])
        if hasattr(page, "tags") and data.get("tags"):
            page.tags.add(*data["tags"])
        page.save()
        self.pages_by_slug[data["slug"]] = page
        return page

    def build_home(self):
        site = Site.objects.get(is_default_site=True)
        home = site.root_page.specific
        if not home.hero_title:
            data = content.HOME
            home.title = data["title"]
            home.draft_title = data["title"]
            home.hero_title = data["hero_title"]
            home.hero_text = data["hero_text"]
            home.intro = data["intro"]
            home.search_description = data["search_description"]
            home.image = get_or_create_image(data["image_label"])
            home._demo_data = data
            home.save()
        self.pages_by_slug["home"] = home
        site.site_name = "VMCA Almere"
        if (site.hostname, site.port) == ("localhost", 80):
            # Where `make demo` serves the site, so canonical and feed links work there.
            site.hostname, site.port = "127.0.0.1", 8000
        site.save()
        return home

    def build_dutch_pages(self, home):
        for section_data in content.SECTIONS:
            section = self._child(home, SectionPage, section_data)
            for child_data in section_data["children"]:
                self._child(section, StandardPage, child_data)
        news_index = self._child(home, NewsIndexPage, content.NEWS_INDEX)
        for item in content.NEWS:
            self._child(news_index, NewsPage, item, date=item["date"])
        blog_index = self._child(home, BlogIndexPage, content.BLOG_INDEX)
        for item in content.BLOGS:
            self._child(
                blog_index, BlogPage, item, date=item["date"], author=self.persons[item["author"]]
            )
        for item in content.OTHER_PAGES:
            self._child(home, StandardPage, item)
        # Built from the retention setting, so the statement says what the system does.
        self._child(
            home,
            StandardPage,
            privacy.page(
                django_settings.ACADEMY_RETENTION_YEARS,
                django_settings.CONTACT_RETENTION_MONTHS,
                django_settings.VOLUNTEERING_RETENTION_MONTHS,
            ),
        )
        contact = self._child(
            home,
            ContactPage,
            content.CONTACT,
            thank_you_text=content.CONTACT["thank_you_text"],
            to_address="info@vmca.example",
            from_address="website@vmca.example",
            subject="Nieuwe vraag via de website",
        )
        self._form_fields(contact, content.CONTACT["fields"])

    def _form_fields(self, page, fields):
        if page.form_fields.exists():
            return
        for order, field in enumerate(fields):
            FormField.objects.create(
                page=page,
                sort_order=order,
                label=field["label"],
                field_type=field["field_type"],
                required=field["required"],
                choices=field.get("choices", ""),
                help_text=field.get("help_text", ""),
            )

    # Bodies, once every page exists so links can be resolved --------------------

    def _block(self, block_type, value):
        if block_type == "call_to_action":
            value = dict(value)
            slug = value.pop("page", None)
            value["page"] = self._linked_page_id(slug) if slug else None
            value.setdefault("url", "")
            value.setdefault("text", "")
        elif block_type == "related_links":
            value = {
                "title": value.get("title", ""),
                "links": [
                    {
                        "type": "item",
                        "id": _raw_id(),
                        "value": {
                            "page": self._linked_page_id(link["page"]),
                            "label": link.get("label", ""),
                        },
                    }
                    for link in value["links"]
                ],
            }
        elif block_type in ("key_figures", "faq"):
            list_name = "figures" if block_type == "key_figures" else "items"
            value = dict(value)
            value[list_name] = [
                {"type": "item", "id": _raw_id(), "value": item} for item in value[list_name]
            ]
        elif block_type == "documents":
            value = {
                "title": value.get("title", ""),
                "documents": [
                    {"type": "item", "id": _raw_id(), "value": get_or_create_document(title).pk}
                    for title in value["documents"]
                ],
            }
        elif block_type == "image":
            image = get_or_create_image(value["label"], value.get("alt", ""))
            value = {
                "image": {"image": image.pk, "decorative": False, "alt_text": value.get("alt", "")},
                "caption": value.get("caption", ""),
            }
        elif block_type == "latest_items":
            value = {**value, "theme": None}
        elif block_type == "testimonial":
            value = {**value, "image": None}
        elif block_type == "video":
            value = {"transcript": "", **value}
        return {"type": block_type, "value": value, "id": _raw_id()}

    def _linked_page_id(self, slug):
        """The page a demo text links to, in the language being built when it exists."""
        page = self.pages_by_slug[slug]
        if self.link_locale is not None:
            translation = page.get_translation_or_none(self.link_locale)
            if translation is not None:
                return translation.pk
        return page.pk

    def stream(self, blocks):
        return json.dumps([self._block(block_type, value) for block_type, value in blocks])

    def fill_bodies(self):
        for page in self.pages_by_slug.values():
            data = getattr(page, "_demo_data", None)
            if data is None:
                continue
            if "body" in data:
                page.body = self.stream(data["body"])
            page.save_revision(user=self.admin, log_action=False).publish(
                user=self.admin, log_action=False
            )

    # Settings and menus -----------------------------------------------------------

    def build_site_settings(self, home):
        site = Site.objects.get(is_default_site=True)
        settings = SiteSettings.for_site(site)
        if settings.main_menu:
            return
        data = content.SITE_SETTINGS
        for field in (
            "organisation_name",
            "phone",
            "email",
            "street_address",
            "postal_code",
            "city",
            "facebook_url",
            "instagram_url",
            "linkedin_url",
        ):
            setattr(settings, field, data.get(field, ""))
        settings.opening_hours = json.dumps(
            [
                {
                    "type": "hours",
                    "id": _raw_id(),
                    "value": {"day": str(h["day"]), "opens": h["opens"], "closes": h["closes"]},
                }
                for h in data["opening_hours"]
            ]
        )
        main = ["vrijwillige-inzet", "mantelzorg", "nieuws", "blog-uit-de-wijk", "contact"]
        footer = ["over-vmca", "toegankelijkheid", privacy.SLUG, "contact"]
        settings.main_menu = self._menu(main)
        settings.footer_menu = self._menu(footer)
        settings.save()

    def _menu(self, slugs):
        return json.dumps(
            [
                {
                    "type": "link",
                    "id": _raw_id(),
                    "value": {"page": self.pages_by_slug[slug].pk, "label": ""},
                }
                for slug in slugs
                if slug in self.pages_by_slug
            ]
        )

    # English -----------------------------------------------------------------------

    def build_english(self):
        english = Locale.objects.get(language_code="en")
        # Create every English page first, so their bodies can link to each other.
        created = []
        home_en = self._translate(self.pages_by_slug["home"], english, content.HOME_EN, "home-en")
        if home_en is not None:
            home_en.hero_title = content.HOME_EN.get("hero_title", "")
            home_en.hero_text = content.HOME_EN.get("hero_text", "")
            home_en.save()
            created.append((home_en, content.HOME_EN))
        pages_en = {
            **content.PAGES_EN,
            privacy.SLUG: privacy.page_en(
                django_settings.ACADEMY_RETENTION_YEARS,
                django_settings.CONTACT_RETENTION_MONTHS,
                django_settings.VOLUNTEERING_RETENTION_MONTHS,
            ),
        }
        for dutch_slug, data in pages_en.items():
            page = self.pages_by_slug.get(dutch_slug)
            if page is None:
                continue
            translation = self._translate(page, english, data, data["slug"])
            if translation is not None:
                translation.save()
                created.append((translation, data))
        self.link_locale = english
        for stale, data in created:
            # Re-read: the objects above still think they have no children, and saving
            # them would overwrite the tree's child counts.
            translation = stale.specific_class.objects.get(pk=stale.pk)
            if isinstance(translation, ContactPage):
                translation.thank_you_text = data.get("thank_you_text", "")
                translation.form_fields.all().delete()
                self._form_fields(translation, data.get("fields", []))
            self._publish_translation(translation, data)
        self.link_locale = None

    def _translate(self, page, locale, data, slug):
        """The page's translation in `locale`, created when missing; None if it already existed."""
        existing = page.get_translation_or_none(locale)
        if existing is not None:
            return None
        translation = page.copy_for_translation(locale, copy_parents=True, alias=False)
        translation = translation.specific
        translation.title = data["title"]
        translation.draft_title = data["title"]
        translation.slug = slug
        translation.intro = data.get("intro", "")
        translation.search_description = data.get("search_description", "")
        return translation

    def _publish_translation(self, translation, data):
        if translation is None:
            return
        if "body" in data:
            translation.body = self.stream(data["body"])
        translation.save()
        translation.save_revision(user=self.admin, log_action=False).publish(
            user=self.admin, log_action=False
        )
