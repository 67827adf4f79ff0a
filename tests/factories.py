"""Small helpers that build published pages and reference data for tests."""

import datetime as dt
import io
import itertools
import json
import uuid

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site

_counter = itertools.count(1)


def home_page():
    return Site.objects.get(is_default_site=True).root_page.specific


def publish(page, user=None):
    page.save_revision(user=user).publish(user=user)
    page.refresh_from_db()
    return page


def add_page(parent, model, publish_it=True, **fields):
    number = next(_counter)
    fields.setdefault("title", f"{model._meta.verbose_name} {number}")
    fields.setdefault("slug", f"{model.__name__.lower()}-{number}")
    # A page that is not published is a draft: not live, with unpublished changes.
    fields.setdefault("live", publish_it)
    fields.setdefault("has_unpublished_changes", not publish_it)
    page = model(**fields)
    parent.add_child(instance=page)
    if publish_it:
        publish(page)
    return page


def make_image(title="Testafbeelding", size=(320, 200), colour=(20, 110, 100)):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, colour).save(buffer, "PNG")
    image = get_image_model()(
        title=title,
        description=f"{title} (beschrijving)",
        file=ImageFile(buffer, name=f"{uuid.uuid4().hex[:8]}.png"),
    )
    image.save()
    return image


def stream(*blocks):
    """Raw StreamField data from (block_type, value) pairs."""
    return json.dumps([{"type": t, "value": v, "id": str(uuid.uuid4())} for t, v in blocks])


def news_index(parent=None):
    from cms.models import NewsIndexPage

    parent = parent or home_page()
    existing = NewsIndexPage.objects.child_of(parent).first()
    return existing or add_page(parent, NewsIndexPage, title="Nieuws", slug="nieuws")


def blog_index(parent=None):
    from cms.models import BlogIndexPage

    parent = parent or home_page()
    existing = BlogIndexPage.objects.child_of(parent).first()
    return existing or add_page(parent, BlogIndexPage, title="Blog uit de wijk", slug="blog")


def news_item(index=None, date=None, **fields):
    from cms.models import NewsPage

    index = index or news_index()
    return add_page(index, NewsPage, date=date or dt.date(2026, 11, 1), **fields)


def blog_item(index=None, date=None, **fields):
    from cms.models import BlogPage

    index = index or blog_index()
    return add_page(index, BlogPage, date=date or dt.date(2026, 11, 1), **fields)


def english_locale():
    return Locale.objects.get(language_code="en")


def root_page():
    return Page.objects.get(depth=1)


# Reference data ------------------------------------------------------------------


def theme(name="Eenzaamheid", slug=None, name_en=""):
    from cms.models import Theme

    slug = slug or f"thema-{next(_counter)}"
    return Theme.objects.create(name=name, slug=slug, name_en=name_en)


def wijk(name="Almere Haven", slug=None, district=None):
    from cms.models import Wijk

    slug = slug or f"wijk-{next(_counter)}"
    return Wijk.objects.create(name=name, slug=slug, district=district)


def person(first_name="Sanne", last_name="de Vries", **fields):
    from cms.models import Person

    return Person.objects.create(first_name=first_name, last_name=last_name, **fields)


def make_document(title="Folder Maatjesproject", content=b"%PDF-1.4 test\n"):
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    document = get_document_model()(
        title=title, file=ContentFile(content, name=f"{uuid.uuid4().hex[:8]}.pdf")
    )
    document.save()
    return document


# Pages ---------------------------------------------------------------------------


def section_page(parent=None, **fields):
    from cms.models import SectionPage

    return add_page(parent or home_page(), SectionPage, **fields)


def standard_page(parent=None, **fields):
    from cms.models import StandardPage

    return add_page(parent or home_page(), StandardPage, **fields)


CONTACT_FIELDS = [
    # label, field_type, required
    ("Naam", "singleline", True),
    ("E-mailadres", "email", True),
    ("Vraag", "multiline", True),
]


def contact_page(parent=None, **fields):
    """A published contact form with the fields naam, e_mailadres and vraag."""
    from cms.models import ContactPage, FormField

    fields.setdefault("to_address", "info@vmca.example")
    fields.setdefault("from_address", "website@vmca.example")
    fields.setdefault("subject", "Nieuwe vraag via de website")
    fields.setdefault("thank_you_text", "<p>Bedankt voor uw vraag.</p>")
    page = add_page(parent or home_page(), ContactPage, publish_it=False, **fields)
    for order, (label, field_type, required) in enumerate(CONTACT_FIELDS):
        FormField.objects.create(
            page=page, sort_order=order, label=label, field_type=field_type, required=required
        )
    return publish(page)


def translate(page, language_code="en", **fields):
    """Publish a translation of `page`, first translating and publishing its ancestors."""
    from wagtail.models import Locale

    locale = Locale.objects.get(language_code=language_code)
    for ancestor in page.get_ancestors().filter(depth__gt=1).specific():
        if ancestor.get_translation_or_none(locale) is None:
            _publish_translation(ancestor, locale, {})
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    return _publish_translation(page, locale, fields)


def _publish_translation(page, locale, fields):
    translation = page.copy_for_translation(locale, alias=False).specific
    for name, value in fields.items():
        setattr(translation, name, value)
    if "title" in fields:
        translation.draft_title = fields["title"]
    translation.save()
    return publish(translation)


# People --------------------------------------------------------------------------


def user(username=None, groups=(), password="wachtwoord-voor-tests", **fields):  # noqa: S107
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    username = username or f"gebruiker{next(_counter)}"
    account = get_user_model().objects.create_user(
        username=username, email=f"{username}@vmca.example", password=password, **fields
    )
    for name in groups:
        account.groups.add(Group.objects.get(name=name))
    return account


def redacteur(username=None):
    return user(username or f"redacteur{next(_counter)}", groups=["Redactie"])


def hoofdredacteur(username=None):
    return user(username or f"hoofdredacteur{next(_counter)}", groups=["Hoofdredactie"])


def superuser(username=None):
    return user(username or f"beheerder{next(_counter)}", is_staff=True, is_superuser=True)


def fully_classified(page, image=None, wijk=None, themes=(), tags=(), publish_it=True):
    """Give a page everything a listing card may show: image, wijk, themes and tags."""
    page.image = image
    page.wijk = wijk
    page.themes.set(themes)
    if tags:
        page.tags.add(*tags)
    page.save()
    return publish(page) if publish_it else page


def site_settings(**fields):
    """The default site's SiteSettings (Wagtail creates the row on first use), updated."""
    from wagtail.models import Site

    from cms.models import SiteSettings

    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    for name, value in fields.items():
        setattr(settings, name, value)
    if fields:
        settings.save()
    return settings


def quick_listing_page(parent, model, themes=(), tags=(), **fields):
    """A live page without revisions, saved once: fast to make in bulk for listing tests."""
    number = next(_counter)
    fields.setdefault("title", f"{model._meta.verbose_name} {number}")
    fields.setdefault("slug", f"{model.__name__.lower()}-{number}")
    if hasattr(model, "date"):
        fields.setdefault("date", dt.date(2026, 11, 1))
    page = model(live=True, **fields)
    if themes:
        page.themes = list(themes)
    if tags:
        page.tags.add(*tags)
    parent.add_child(instance=page)
    return page
