"""What a WordPress post or page becomes here: plain decisions the importer asks.

Nothing in here reads the export or builds a page; each function takes the records of
`cms.wordpress.wxr` (Item, Author, Term, TermRef) and answers one question:

- `post_kind(item, mapping)`: a post becomes a NewsPage ("news") or a BlogPage ("blog").
  Staff can set which category means what (`parse_mapping`, for `--category-map
  "blog-uit-de-wijk=blog,verhalen=blog"`); without a word from them, a category whose slug
  or name says "blog" ("Blog uit de wijk") means blog, every other one news. A post is a
  blog when one of its categories means blog, else news.
- `page_kind(item, children_ids)`: a page with children becomes a SectionPage ("section"),
  one without a StandardPage ("standard"). `parent_ids(items)` gives the ids that have
  children.
- `publish_decision(item, now=...)`: publish, schedule, keep as draft or skip, with the
  reason in Dutch for the report.
- `ThemeMatcher`: categories and tags to the site's Theme snippets (by slug, by name with
  case and accents ignored, by a small table of synonyms). What matches no theme becomes a
  tag of the page (taggit; NewsPage, BlogPage and StandardPage have `tags`, SectionPage has
  none) and is reported; no theme is ever made here. A category or tag that names one of
  Almere's wijken ("Almere Haven", "Haven") sets the page's wijk instead, when it names only
  one. `classify(page, match)` puts the result on a page.
- `PersonMatcher`: a WordPress author to a Person snippet (by e-mail, then by full name),
  made when there is none; a second run finds the one made by the first.
- `dates(item)`: the moments a page keeps (first and last published, last revision, the
  date field of news and blogs) as aware datetimes, from the GMT fields, else from the local
  time in Almere.
- `unique_slug(slug, parent, taken)`: WordPress's slug, with -2, -3 added when a sibling
  has it already (Wagtail wants unique slugs among siblings).
"""

import datetime as dt
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from urllib.parse import unquote
from zoneinfo import ZoneInfo

from django.core.exceptions import FieldDoesNotExist
from django.utils.text import slugify
from django.utils.translation import gettext, ngettext

from .wxr import KIND_PAGE, KIND_POST, TAXONOMY_CATEGORY, TAXONOMY_TAG, TermRef

ALMERE = ZoneInfo("Europe/Amsterdam")

NEWS = "news"
BLOG = "blog"
POST_KINDS = (NEWS, BLOG)
STANDARD = "standard"
SECTION = "section"

SLUG_MAX = 255  # Page.slug
TAG_MAX = 100  # taggit's Tag.name


def _key(text):
    """A comparable form of a slug or name: percent-decoded, without accents, lower case,
    words joined by "-" ("Organisaties en Coördinatoren" and "organisaties-en-coordinatoren"
    give the same key)."""
    text = unquote(text or "")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(char for char in text if not unicodedata.combining(char))
    return re.sub(r"[^0-9a-z]+", "-", text.casefold()).strip("-")


# Post or page kind -----------------------------------------------------------------------------

# Other words staff may type for a kind in --category-map.
_KIND_WORDS = {
    "news": NEWS,
    "nieuws": NEWS,
    "nieuwsbericht": NEWS,
    "blog": BLOG,
    "blogs": BLOG,
}
# Categories that only sort posts (WordPress's default category included): they decide the
# page type, never a theme or a tag.
_PLAIN_CATEGORIES = {"nieuws", "news", "geen-categorie", "uncategorized", "ongecategoriseerd"}


class MappingError(ValueError):
    """The text of --category-map cannot be read; str() is the Dutch message."""


def parse_mapping(text):
    """{category key: "news" | "blog"} from "blog-uit-de-wijk=blog,verhalen=blog".

    Pairs are separated by commas, semicolons or new lines. The category may be its slug or
    its name ("Blog uit de wijk=blog"); the kind is news/nieuws or blog. Raises MappingError
    with a Dutch message that names the pair that is wrong."""
    mapping = {}
    for part in re.split(r"[,;\n]", text or ""):
        part = part.strip()
        if not part:
            continue
        category, sign, kind = part.partition("=")
        category, kind = category.strip(), kind.strip()
        if not sign or not category or not kind:
            raise MappingError(
                gettext(
                    'Het stuk "%(part)s" klopt niet. Schrijf het als categorie=nieuws of '
                    "categorie=blog, bijvoorbeeld blog-uit-de-wijk=blog."
                )
                % {"part": part[:60]}
            )
        key = _key(category)
        value = _KIND_WORDS.get(kind.casefold())
        if not key:
            raise MappingError(
                gettext('In "%(part)s" staat geen categorie voor het =-teken.')
                % {"part": part[:60]}
            )
        if value is None:
            raise MappingError(
                gettext(
                    'In "%(part)s" staat "%(kind)s". Na het =-teken mag alleen nieuws of '
                    "blog staan."
                )
                % {"part": part[:60], "kind": kind[:30]}
            )
        if mapping.get(key, value) != value:
            raise MappingError(
                gettext(
                    'De categorie "%(category)s" staat twee keer in de lijst, met een '
                    "ander soort bericht. Kies er één."
                )
                % {"category": category[:60]}
            )
        mapping[key] = value
    if not mapping and (text or "").strip():
        raise MappingError(gettext("De lijst met categorieën is leeg."))
    return mapping


def category_kind(ref, mapping=None):
    """ "news" or "blog" for one category (a TermRef or Term): staff's mapping first (by slug
    or name), else "blog" when its slug or name says blog."""
    mapping = mapping or {}
    keys = (_key(ref.slug), _key(ref.name))
    for key in keys:
        if key and key in mapping:
            return mapping[key]
    if any("blog" in key for key in keys):
        return BLOG
    return NEWS


def post_kind(item, mapping=None):
    """ "blog" when one of the post's categories means blog (see category_kind), else
    "news" (also for a post without categories)."""
    kinds = {category_kind(ref, mapping) for ref in item.categories}
    return BLOG if BLOG in kinds else NEWS


def parent_ids(items):
    """The ids of the pages that have a child page (trashed children and revisions not
    counted): the pages that become a SectionPage."""
    return frozenset(
        item.parent_id
        for item in items
        if item.kind == KIND_PAGE and item.parent_id and item.status not in ("trash", "inherit")
    )


def page_kind(item, children_ids):
    """ "section" for a page with children (its id in `children_ids`, see parent_ids()),
    else "standard"."""
    return SECTION if item.post_id in children_ids else STANDARD


# Publish or not --------------------------------------------------------------------------------

PUBLISH = "publish"
SCHEDULE = "schedule"  # saved with a go-live date; Wagtail publishes it then
DRAFT = "draft"
SKIP = "skip"


@dataclass(frozen=True)
class PublishDecision:
    action: str  # PUBLISH, SCHEDULE, DRAFT or SKIP
    reason: str  # Dutch, for the report; "" for a plain publish
    go_live_at: dt.datetime | None = None  # SCHEDULE only

    @property
    def published(self):
        return self.action == PUBLISH

    @property
    def reported(self):
        """Whether the report names this item (everything but a plain publish)."""
        return bool(self.reason)


def publish_decision(item, *, now):
    """What happens to a post or page, by its WordPress status. `now`: an aware datetime
    (a scheduled post whose moment has passed is published)."""
    if item.kind not in (KIND_POST, KIND_PAGE):
        return PublishDecision(SKIP, gettext("Dit is geen bericht en geen pagina."))
    status = item.status
    if status == "publish":
        if item.password:
            return PublishDecision(
                DRAFT,
                gettext(
                    "Beveiligd met een wachtwoord in WordPress. Als concept overgenomen: "
                    "kies zelf of het openbaar mag."
                ),
            )
        return PublishDecision(PUBLISH, "")
    if status == "future":
        moment = dates(item).written_at
        if moment is None:
            return PublishDecision(
                DRAFT, gettext("Gepland in WordPress, maar zonder datum. Als concept overgenomen.")
            )
        if moment <= now:
            return PublishDecision(
                PUBLISH,
                gettext("Gepland in WordPress. Die datum is voorbij, dus het is gepubliceerd."),
            )
        return PublishDecision(
            SCHEDULE,
            gettext("Gepland in WordPress. Het wordt gepubliceerd op de geplande datum."),
            go_live_at=moment,
        )
    if status in ("draft", "auto-draft"):
        return PublishDecision(DRAFT, gettext("Concept in WordPress. Als concept overgenomen."))
    if status == "pending":
        return PublishDecision(
            DRAFT,
            gettext("Wachtte in WordPress op een controle. Als concept overgenomen."),
        )
    if status == "private":
        return PublishDecision(
            DRAFT,
            gettext("Privé in WordPress. Als concept overgenomen, niet gepubliceerd."),
        )
    if status == "trash":
        return PublishDecision(SKIP, gettext("Stond in de prullenbak van WordPress."))
    if status == "inherit":
        return PublishDecision(
            SKIP, gettext("Een oude versie van een ander bericht. Niet overgenomen.")
        )
    return PublishDecision(
        DRAFT,
        gettext('Onbekende status "%(status)s" in WordPress. Als concept overgenomen.')
        % {"status": status[:30]},
    )


# Dates -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PageDates:
    """written_at: when WordPress says it was published (or, for a draft, last written);
    first_published_at / last_published_at: only for an item that is published (status
    "publish" or "future"), else None; latest_revision_created_at: the last change. All
    in UTC. date: the date in Almere, for the page types with a date field (NewsPage, BlogPage)."""

    written_at: dt.datetime | None
    first_published_at: dt.datetime | None
    last_published_at: dt.datetime | None
    latest_revision_created_at: dt.datetime | None
    date: dt.date | None


def _local(moment):
    """A naive local WordPress time, read as Almere's time, in UTC (like the GMT fields). A
    time that does not exist (the hour skipped in March) is read with the winter offset; one
    that exists twice (October), as the first."""
    if moment is None:
        return None
    return moment.replace(tzinfo=ALMERE).astimezone(dt.UTC)


def dates(item):
    written = item.date_gmt or _local(item.date_local) or item.pub_date
    modified = item.modified_gmt or _local(item.modified_local)
    if written is None:
        written = modified
    if modified is None or (written is not None and modified < written):
        modified = written
    published = item.status in ("publish", "future") and written is not None
    return PageDates(
        written_at=written,
        first_published_at=written if published else None,
        last_published_at=modified if published else None,
        latest_revision_created_at=modified,
        date=written.astimezone(ALMERE).date() if written is not None else None,
    )


# Slugs -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SlugResult:
    slug: str
    original: str
    message: str  # Dutch, for the report; "" when the slug was kept

    @property
    def changed(self):
        return self.slug != self.original


def unique_slug(slug, parent=None, taken=None, *, title="", exclude_pk=None):
    """WordPress's slug, free among the children of `parent`.

    `taken`: the slugs already used under `parent` that the caller keeps track of (a set;
    the chosen slug is added to it). When None, the slugs of parent's children are read
    from the database (one query; `exclude_pk`, the page itself on a second run, does not
    count). An empty slug (a draft) is made from `title`. A percent-encoded slug
    ("caf%C3%A9") is decoded."""
    wanted = slugify(unquote(slug or ""), allow_unicode=True)[:SLUG_MAX]
    original = wanted
    if not wanted:
        wanted = slugify(title or "", allow_unicode=True)[:SLUG_MAX] or "pagina"
    if taken is None:
        taken = set()
        if parent is not None:
            children = parent.get_children()
            if exclude_pk is not None:
                children = children.exclude(pk=exclude_pk)
            taken = set(children.filter(slug__startswith=wanted).values_list("slug", flat=True))
    result, number = wanted, 2
    while result in taken:
        suffix = f"-{number}"
        result, number = wanted[: SLUG_MAX - len(suffix)] + suffix, number + 1
    taken.add(result)
    message = ""
    if not original:
        message = gettext('Geen korte naam in WordPress; gemaakt van de titel: "%(slug)s".') % {
            "slug": result
        }
    elif result != original:
        message = gettext(
            'De korte naam "%(old)s" bestond al op deze plek. Het is "%(new)s" geworden.'
        ) % {"old": original, "new": result}
    elif original != (slug or ""):
        message = gettext('De korte naam "%(old)s" is "%(new)s" geworden.') % {
            "old": slug,
            "new": result,
        }
    return SlugResult(result, slug or "", message)


# Themes and tags -------------------------------------------------------------------------------

# VMCA's words for its themes: a key of a category or tag (see _key) to the theme slugs
# it may mean, the first one that exists wins. A theme with that slug or name is found
# before this table is asked.
SYNONYMS = {
    "mantelzorg": ("mantelzorg", "mantelzorg-ondersteunen"),
    "mantelzorger": ("mantelzorg", "mantelzorg-ondersteunen"),
    "mantelzorgers": ("mantelzorg", "mantelzorg-ondersteunen"),
    "mantelzorgondersteuning": ("mantelzorg-ondersteunen", "mantelzorg"),
    "steunpunt-mantelzorg": ("mantelzorg-ondersteunen", "mantelzorg"),
    "jonge-mantelzorger": ("jonge-mantelzorgers",),
    "young-carers": ("jonge-mantelzorgers",),
    "respijt": ("respijtzorg",),
    "logeeropvang": ("respijtzorg",),
    "eenzaam": ("eenzaamheid",),
    "alzheimer": ("dementie",),
    "geheugenproblemen": ("dementie",),
    "vrijwilligerswerk": ("vrijwilligerswerk-vinden", "vrijwilligerswerk"),
    "vrijwilligers": ("vrijwilligerswerk-vinden", "vrijwilligerswerk"),
    "vrijwilliger-worden": ("vrijwilligerswerk-vinden", "vrijwilligerswerk"),
    "vacatures": ("vrijwilligerswerk-vinden", "vrijwilligerswerk"),
    "vacaturebank": ("vrijwilligerswerk-vinden", "vrijwilligerswerk"),
    "buurthuis": ("buurt-en-ontmoeting",),
    "ontmoeting": ("buurt-en-ontmoeting",),
    "buurt": ("buurt-en-ontmoeting",),
    "geldzaken": ("geldzaken-en-administratie",),
    "administratie": ("geldzaken-en-administratie",),
    "formulierenhulp": ("geldzaken-en-administratie",),
    "schulden": ("geldzaken-en-administratie",),
    "coordinatoren": ("organisaties-en-coordinatoren",),
    "organisaties": ("organisaties-en-coordinatoren",),
    "vrijwilligersorganisaties": ("organisaties-en-coordinatoren",),
}

# How a term found its theme (ThemeMatch.how).
BY_SLUG = "slug"
BY_NAME = "name"
BY_SYNONYM = "synonym"
BY_PARENT = "parent"
BY_WIJK = "wijk"


@dataclass(frozen=True)
class TermOutcome:
    term: TermRef
    theme: object | None  # a cms.Theme, or None
    how: str  # BY_SLUG, BY_NAME, BY_SYNONYM, BY_PARENT, "tag" or "ignored"


@dataclass(frozen=True)
class ThemeMatch:
    """For one item: its themes (cms.Theme, no doubles), the tag names for what matched no
    theme, and per category or tag what happened to it."""

    themes: tuple
    tags: tuple[str, ...]
    outcomes: tuple[TermOutcome, ...]
    wijk: object | None = None  # a cms.Wijk, when the terms name exactly one

    @property
    def unknown(self):
        return tuple(outcome.term for outcome in self.outcomes if outcome.how == "tag")


class ThemeMatcher:
    """Categories and tags to Theme snippets. Reads the themes once (one query); keeps
    count of the terms that matched no theme, for the report (`unknown`, `report_lines()`).

    `mapping`: staff's category mapping (parse_mapping); categories that only decide the
    page type (news, blog, WordPress's "Geen categorie") become neither a theme nor a tag.
    `terms`: the export's Term records; a category without a theme of its own takes the
    theme of its parent category ("Jonge mantelzorgers" under "Mantelzorg") and keeps its
    own name as a tag."""

    def __init__(self, themes=None, *, mapping=None, terms=(), wijken=None):
        if themes is None:
            from ..models import Theme

            themes = list(Theme.objects.all())
        if wijken is None:
            from ..models import Wijk

            wijken = list(Wijk.objects.all())
        # "Almere Haven" is also called "Haven": both name the wijk.
        self.wijken = {}
        for wijk in wijken:
            for name in (wijk.name, wijk.slug):
                key = _key(name)
                self.wijken.setdefault(key, wijk)
                self.wijken.setdefault(key.removeprefix("almere-"), wijk)
        self.mapping = mapping or {}
        self.by_slug = {}
        self.by_name = {}
        for theme in themes:
            self.by_slug.setdefault(theme.slug, theme)
            self.by_slug.setdefault(_key(theme.slug), theme)
            for name in (theme.name, theme.name_en):
                if name:
                    self.by_name.setdefault(_key(name), theme)
        self.parents = {
            _key(term.slug): term.parent
            for term in terms
            if term.kind == TAXONOMY_CATEGORY and term.parent
        }
        self.names = {_key(term.slug): term.name for term in terms}
        # (taxonomy, slug, name) -> number of items, for what became a tag.
        self.unknown = Counter()

    def theme_for(self, ref):
        """(theme, how) for one category or tag, or (None, "") when none fits."""
        theme = self.by_slug.get(unquote(ref.slug)) or self.by_slug.get(_key(ref.slug))
        if theme is not None:
            return theme, BY_SLUG
        theme = self.by_name.get(_key(ref.name))
        if theme is not None:
            return theme, BY_NAME
        for key in (_key(ref.slug), _key(ref.name)):
            for slug in SYNONYMS.get(key, ()):
                theme = self.by_slug.get(slug)
                if theme is not None:
                    return theme, BY_SYNONYM
        return None, ""

    def _parent_theme(self, ref):
        seen = set()
        parent = self.parents.get(_key(ref.slug))
        while parent and parent not in seen:
            seen.add(parent)
            theme, _how = self.theme_for(
                TermRef(TAXONOMY_CATEGORY, parent, self.names.get(_key(parent), ""))
            )
            if theme is not None:
                return theme
            parent = self.parents.get(_key(parent))
        return None

    def _plain(self, ref):
        """A category that only decides the page type."""
        keys = {_key(ref.slug), _key(ref.name)}
        if keys & _PLAIN_CATEGORIES or keys & set(self.mapping):
            return True
        return any("blog" in key for key in keys)

    def wijk_for(self, ref):
        """The wijk a category or tag names, or None."""
        for key in (_key(ref.name), _key(ref.slug)):
            wijk = self.wijken.get(key) or self.wijken.get(key.removeprefix("almere-"))
            if wijk is not None:
                return wijk
        return None

    def match(self, item):
        """The themes, tags and wijk for one item (its categories, then its tags)."""
        themes = []
        tags = []
        outcomes = []
        wijken = {}
        for ref in (*item.categories, *item.tags):
            theme, how = self.theme_for(ref)
            if theme is None and (wijk := self.wijk_for(ref)) is not None:
                wijken.setdefault(wijk.pk, (wijk, ref))
                continue
            if theme is None and ref.taxonomy == TAXONOMY_CATEGORY:
                if self._plain(ref):
                    outcomes.append(TermOutcome(ref, None, "ignored"))
                    continue
                theme = self._parent_theme(ref)
                if theme is not None:
                    how = BY_PARENT
                    tags.append(ref.name[:TAG_MAX])
            if theme is None:
                how = "tag"
                tags.append((ref.name or ref.slug)[:TAG_MAX])
                self.unknown[(ref.taxonomy, ref.slug, ref.name)] += 1
            elif theme not in themes:
                themes.append(theme)
            outcomes.append(TermOutcome(ref, theme, how))
        wijk = None
        if len(wijken) == 1:
            (wijk, ref), *_ = wijken.values()
            outcomes.append(TermOutcome(ref, None, BY_WIJK))
        else:
            # Several wijken: the page is about more than one, so about none in particular.
            for _wijk, ref in wijken.values():
                tags.append((ref.name or ref.slug)[:TAG_MAX])
                outcomes.append(TermOutcome(ref, None, "tag"))
        unique_tags = []
        for tag in tags:
            if tag and tag.casefold() not in {seen.casefold() for seen in unique_tags}:
                unique_tags.append(tag)
        return ThemeMatch(tuple(themes), tuple(unique_tags), tuple(outcomes), wijk)

    def report_lines(self):
        """Dutch lines for the report: each category or tag that matched no theme."""
        lines = []
        for (taxonomy, slug, name), count in sorted(self.unknown.items()):
            if taxonomy == TAXONOMY_TAG:
                text = ngettext(
                    'Trefwoord "%(name)s" past bij geen thema. Het is een trefwoord '
                    "gebleven bij %(count)s pagina.",
                    'Trefwoord "%(name)s" past bij geen thema. Het is een trefwoord '
                    "gebleven bij %(count)s pagina's.",
                    count,
                )
            else:
                text = ngettext(
                    'Categorie "%(name)s" past bij geen thema. Het is een trefwoord '
                    "geworden bij %(count)s pagina.",
                    'Categorie "%(name)s" past bij geen thema. Het is een trefwoord '
                    "geworden bij %(count)s pagina's.",
                    count,
                )
            lines.append(text % {"name": name or slug, "count": count})
        return lines


def has_tags(page_or_model):
    """Whether the page type has a tags field (NewsPage, BlogPage, StandardPage do;
    SectionPage has none)."""
    from modelcluster.contrib.taggit import ClusterTaggableManager

    try:
        field = page_or_model._meta.get_field("tags")
    except FieldDoesNotExist:
        return False
    return isinstance(field, ClusterTaggableManager)


def classify(page, match):
    """Put a ThemeMatch on a page (saved or not; it is stored when the page or its revision
    is saved). Returns the tags that were left out because the page type has no tags."""
    page.themes.set(list(match.themes))
    page.wijk = match.wijk
    if not has_tags(page):
        return match.tags
    page.tags.set(list(match.tags))
    return ()


# Authors ---------------------------------------------------------------------------------------

FOUND_BY_EMAIL = "email"
FOUND_BY_NAME = "name"
CREATED = "created"
NOT_FOUND = "not_found"


@dataclass(frozen=True)
class PersonResult:
    person: object | None  # a cms.Person; None in a dry run that would make one
    how: str  # FOUND_BY_EMAIL, FOUND_BY_NAME, CREATED or NOT_FOUND
    message: str  # Dutch, for the report; "" when found

    @property
    def created(self):
        return self.how == CREATED


def author_names(author):
    """(first name, last name) of a WordPress author: their own fields, else the display
    name split after the first word ("Sanne de Wit": "Sanne", "de Wit"), else the login."""
    first, last = author.first_name.strip(), author.last_name.strip()
    if first or last:
        return first, last
    words = (author.display_name or author.login).split(maxsplit=1)
    if not words:
        return "", ""
    return words[0], words[1] if len(words) > 1 else ""


class PersonMatcher:
    """WordPress authors to Person snippets. Reads the persons once (one query) and
    remembers what it made, so an author is never made twice, in this run or the next one.

    `authors`: the export's Author records, to look a post's creator (login) up.
    `dry_run`: find, but make nothing (the result says what would be made)."""

    def __init__(self, authors=(), *, dry_run=False):
        from ..models import Person

        self.model = Person
        self.dry_run = dry_run
        self.authors = {author.login: author for author in authors}
        self.by_email = {}
        self.by_name = {}
        for person in Person.objects.order_by("pk"):
            self._remember(person)
        self.results = {}

    def _remember(self, person):
        if person.email:
            self.by_email.setdefault(person.email.casefold(), person)
        name = _key(person.full_name)
        if name:
            self.by_name.setdefault(name, person)

    def person_for(self, author):
        """The Person of an Author (wxr.Author), made when there is none."""
        first, last = author_names(author)
        full = f"{first} {last}".strip()
        cache_key = (author.email.casefold(), _key(full))
        if cache_key in self.results:
            return self.results[cache_key]
        result = self._find_or_make(author, first, last, full)
        self.results[cache_key] = result
        return result

    def _find_or_make(self, author, first, last, full):
        if author.email:
            person = self.by_email.get(author.email.casefold())
            if person is not None:
                return PersonResult(person, FOUND_BY_EMAIL, "")
        if full:
            person = self.by_name.get(_key(full))
            if person is not None:
                return PersonResult(person, FOUND_BY_NAME, "")
        if not full:
            return PersonResult(
                None, NOT_FOUND, gettext("Een schrijver zonder naam en e-mailadres.")
            )
        if self.dry_run:
            return PersonResult(
                None,
                CREATED,
                gettext('Schrijver "%(name)s" wordt als nieuwe persoon aangemaakt.')
                % {"name": full},
            )
        person = self.model.objects.create(
            first_name=first[:80], last_name=last[:120], email=author.email[:254]
        )
        self._remember(person)
        return PersonResult(
            person,
            CREATED,
            gettext('Schrijver "%(name)s" is als nieuwe persoon aangemaakt.') % {"name": full},
        )

    def person_for_login(self, login):
        """The Person of a post's creator (dc:creator). An export without authors (WXR
        1.0) names only the login: then a person with that name is looked up, never made."""
        author = self.authors.get(login)
        if author is not None:
            return self.person_for(author)
        person = self.by_name.get(_key(login)) if login else None
        if person is not None:
            return PersonResult(person, FOUND_BY_NAME, "")
        return PersonResult(
            None,
            NOT_FOUND,
            gettext('De schrijver "%(login)s" staat niet in de export. Geen schrijver gekozen.')
            % {"login": login},
        )
