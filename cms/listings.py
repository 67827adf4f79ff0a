"""Filtering and paginating page listings with a fixed number of queries.

Index pages (news, blogs, section children) and the "latest items" block use
these helpers, so a listing costs the same number of queries for 1 item as for 50.
"""

from collections import defaultdict

from django import forms
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Q, prefetch_related_objects
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, PageViewRestriction

from .cache import VERSIONED_ENTRY_SECONDS, content_version


def _choices(model_name):
    """Slug/name pairs for a filter menu, cached until content changes."""
    from .models import Theme, Wijk

    key = f"listing-choices:{model_name}:{content_version()}"
    choices = cache.get(key)
    if choices is None:
        if model_name == "theme":
            choices = [(theme.slug, theme.name, theme.name_en) for theme in Theme.objects.all()]
        else:
            choices = [
                (wijk.slug, wijk.name, wijk.district.name if wijk.district_id else "")
                for wijk in Wijk.objects.select_related("district").order_by(
                    "district__name", "name"
                )
            ]
        cache.set(key, choices, VERSIONED_ENTRY_SECONDS)
    return choices


def theme_choices():
    from django.utils.translation import get_language

    english = (get_language() or "").startswith("en")
    return [
        (slug, (name_en or name) if english else name) for slug, name, name_en in _choices("theme")
    ]


def wijk_choices():
    """Districts, each followed by its neighbourhoods."""
    wijken = _choices("wijk")
    grouped = []
    for slug, name, district in wijken:
        if district:
            continue
        grouped.append((slug, name))
        grouped.extend(
            (n_slug, f"– {n_name}") for n_slug, n_name, n_district in wijken if n_district == name
        )
    return grouped


class ListingFilterForm(forms.Form):
    """The filters above a listing. Unknown values are ignored and reported."""

    thema = forms.ChoiceField(
        label=_("Thema"),
        required=False,
        error_messages={
            "invalid_choice": _("Dit thema kennen we niet. Daarom ziet u alle thema's."),
        },
    )
    wijk = forms.ChoiceField(
        label=_("Wijk"),
        required=False,
        error_messages={
            "invalid_choice": _("Deze wijk kennen we niet. Daarom ziet u heel Almere."),
        },
    )
    tag = forms.SlugField(
        label=_("Trefwoord"),
        required=False,
        max_length=100,
        error_messages={
            "invalid": _("Dit trefwoord kennen we niet. Daarom ziet u alle trefwoorden."),
            "max_length": _("Dit trefwoord is te lang. Daarom ziet u alle trefwoorden."),
        },
    )

    field_names = {"theme": "thema", "wijk": "wijk", "tag": "tag"}

    def __init__(self, data=None, fields=("theme", "wijk", "tag"), **kwargs):
        super().__init__(data=data, **kwargs)
        wanted = {self.field_names[name] for name in fields}
        for name in list(self.fields):
            if name not in wanted:
                del self.fields[name]
        if "thema" in self.fields:
            self.fields["thema"].choices = [("", _("Alle thema's")), *theme_choices()]
        if "wijk" in self.fields:
            self.fields["wijk"].choices = [("", _("Heel Almere")), *wijk_choices()]

    def active_filters(self):
        """The filters that were asked for and are valid, as slugs.

        The choices were checked against the (cached) filter menus, so filtering by
        slug needs no query to look the theme or wijk up first.
        """
        if not self.is_bound:
            return {}
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        filters = {}
        if data.get("thema"):
            filters["theme"] = data["thema"]
        if data.get("wijk"):
            filters["wijk"] = data["wijk"]
        if data.get("tag"):
            filters["tag"] = data["tag"]
        return filters

    @property
    def is_filtered(self):
        return bool(self.is_bound and any(self.data.get(name) for name in self.fields))


def _all_page_subclasses():
    from wagtail.models import get_page_models

    return list(get_page_models())


def _slug(value):
    """A filter value is a model instance (Theme, Wijk) or already its slug."""
    return getattr(value, "slug", value)


def wijk_ids(slug):
    """The ids a wijk filter matches: the wijk itself and, for a district, its neighbourhoods.

    Cached until content changes, so filtering is a plain indexed `wijk_id IN (...)`
    instead of a join on the wijk table.
    """
    from .models import Wijk

    key = f"wijk-ids:{content_version()}"
    ids_by_slug = cache.get(key)
    if ids_by_slug is None:
        ids_by_slug = {}
        for pk, wijk_slug, district_slug in Wijk.objects.values_list(
            "pk", "slug", "district__slug"
        ):
            ids_by_slug.setdefault(wijk_slug, []).append(pk)
            if district_slug:
                ids_by_slug.setdefault(district_slug, []).append(pk)
        cache.set(key, ids_by_slug, VERSIONED_ENTRY_SECONDS)
    return ids_by_slug.get(slug, [])


def _wijk_q(prefix, wijk):
    # A district (stadsdeel) includes its neighbourhoods; a neighbourhood has none.
    return Q(**{f"{prefix}wijk_id__in": wijk_ids(_slug(wijk))})


def filter_pages(queryset, theme=None, wijk=None, tag=None):
    """Filter pages by theme, wijk and tag (slugs or objects), whatever their page types.

    A listing of one page type filters directly; a mixed listing (section
    children) filters through one subquery per page type that has the field,
    all inside a single SQL query.
    """
    if theme is None and wijk is None and not tag:
        return queryset
    model = queryset.model
    if model is not Page and hasattr(model, "themes"):
        return _filter_model(queryset, model, theme, wijk, tag).distinct()
    condition = Q()
    for page_model in {m for m in _all_page_subclasses() if _is_classified(m)}:
        if tag and not hasattr(page_model, "tags"):
            continue
        matching = _filter_model(page_model.objects.all(), page_model, theme, wijk, tag)
        condition |= Q(pk__in=matching.values("pk"))
    if not condition:
        return queryset.none()
    return queryset.filter(condition)


def _is_classified(model):
    from .models.mixins import ClassificationMixin

    return issubclass(model, ClassificationMixin)


def _filter_model(queryset, model, theme, wijk, tag):
    if theme is not None:
        queryset = queryset.filter(themes__slug=_slug(theme))
    if wijk is not None:
        queryset = queryset.filter(_wijk_q("", wijk))
    if tag:
        if not hasattr(model, "tags"):
            return queryset.none()
        queryset = queryset.filter(tags__slug=tag)
    return queryset


class LazyItems:
    """The items of one page of a listing, loaded the first time a template uses them.

    The listing's HTML is cached until content changes; when the cached HTML is used,
    the items are never needed, so they are never queried.
    """

    def __init__(self, load):
        self._load = load
        self._items = None

    def _get(self):
        if self._items is None:
            self._items = list(self._load())
        return self._items

    def __iter__(self):
        return iter(self._get())

    def __len__(self):
        return len(self._get())

    def __bool__(self):
        return bool(self._get())

    def __getitem__(self, index):
        return self._get()[index]


def paginate(request, queryset, per_page):
    """One page of results; a page number that is not a number means page 1,
    a page that does not exist is a 404."""
    paginator = Paginator(queryset, per_page)
    number = request.GET.get("page") or 1
    try:
        return paginator.page(number)
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage as exc:
        raise Http404(_("Deze pagina van het overzicht bestaat niet.")) from exc


def restricted_paths():
    """Tree paths of the pages with a view restriction, cached until content changes
    (adding or removing a restriction renews the content version)."""
    key = f"restricted-paths:{content_version()}"
    paths = cache.get(key)
    if paths is None:
        paths = sorted(set(PageViewRestriction.objects.values_list("page__path", flat=True)))
        cache.set(key, paths, VERSIONED_ENTRY_SECONDS)
    return paths


def exclude_private(queryset):
    """Leave out pages in a private section, like PageQuerySet.public().

    public() loads every view restriction of the site in a query of its own on each
    call; the restricted paths are cached here instead, and with no private sections
    (the usual case) the listing query gets no extra condition at all.
    """
    for path in restricted_paths():
        queryset = queryset.exclude(path__startswith=path)
    return queryset


def _foreign_keys(model, names):
    return [
        name
        for name in names
        if any(field.name == name and field.many_to_one for field in model._meta.get_fields())
    ]


def specific_listing_items(pages):
    """The specific pages for one page of a mixed-type listing (such as a section's children).

    Like `.specific()`, one query per page type, but each with the image and wijk the
    cards show, plus one query for the renditions of all images: the number of queries
    does not grow with the number of items.
    """
    pks_by_type = defaultdict(list)
    for page in pages:
        pks_by_type[page.content_type_id].append(page.pk)
    specific = {}
    for content_type_id, pks in pks_by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class() or Page
        queryset = model.objects.filter(pk__in=pks).select_related(
            *_foreign_keys(model, ("image", "wijk", "author"))
        )
        if hasattr(queryset, "defer_streamfields"):
            queryset = queryset.defer_streamfields()
        specific.update(queryset.in_bulk())
    items = [specific.get(page.pk, page) for page in pages]
    images = [item.image for item in items if getattr(item, "image", None) is not None]
    prefetch_related_objects(images, "renditions")
    return items


def latest_items(kind="news", count=3, theme=None, locale=None):
    """The newest published news items and/or blogs, newest first.

    In a language without news of its own (the English site) it shows the Dutch
    items, so the block is never empty while Dutch news exists.
    """
    from django.conf import settings
    from django.utils.translation import get_language

    language = locale.language_code if locale else (get_language() or settings.LANGUAGE_CODE)
    items = _latest_in_locale(kind, count, theme, language)
    if not items and language != settings.LANGUAGE_CODE:
        items = _latest_in_locale(kind, count, theme, settings.LANGUAGE_CODE)
    return items


def _latest_in_locale(kind, count, theme, language_code):
    from .models import BlogPage, NewsPage

    models = {"news": [NewsPage], "blog": [BlogPage], "both": [NewsPage, BlogPage]}[kind]
    items = []
    for model in models:
        queryset = (
            exclude_private(model.objects.live())
            .filter(locale__language_code=language_code)
            .defer_streamfields()
            .select_related(*_foreign_keys(model, ("image", "wijk", "author")))
            .prefetch_related("image__renditions")
            .order_by("-date", "-pk")
        )
        if theme is not None:
            queryset = queryset.filter(themes__slug=_slug(theme))
        items.extend(queryset[:count])
    items.sort(key=lambda page: (page.date, page.pk), reverse=True)
    return items[:count]
