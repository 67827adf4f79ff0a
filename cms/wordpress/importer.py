"""Import a WordPress export (WXR) into the site: the entry point of issue 19.

    report = import_export("export.xml", media_dir="uploads", dry_run=False)
    print(report.as_text())

The groundwork modules decide; this one runs them in order and writes:

0. Read the whole file once, before anything is written: a `wxr.WXRError` (not XML, not
   an export, broken halfway) raises out of import_export with nothing written. What is
   kept from this read is a light index (every item without its content: id, type,
   status, parent, order, slug, title, link, guid, terms), the authors, the terms, the site
   and the content of reusable blocks ("wp_block", inlined where a post has
   `<!-- wp:block {"ref":N} /-->`). A site without the news or blog overview that the
   posts need is a `ImportSetupError`, also before anything is written.
1. Attachments (`media.import_attachment`), collected in a `media.MediaIndex`.
2. Pages: parents before children, siblings in WordPress's menu order; top-level pages
   under the site's home page; a page with children becomes a SectionPage, one without a
   StandardPage (`taxonomy.page_kind`).
3. Posts: a NewsPage under the NewsIndexPage or a BlogPage under the BlogIndexPage
   (`taxonomy.post_kind`, with staff's category map).
4. Links to pages made later in the same run: those items only are converted again, so
   the link becomes a Wagtail page link.
5. Redirects (`redirects.plan` + `redirects.apply`), once, at the end.

Each item is read again from the file in its phase (a streaming pass per phase), so only
one item's content is in memory at a time; pages wait only until their parent is done.
Each item is written in its own transaction: an item that fails is reported and the run
goes on, with nothing of that item saved. An error outside one item (the database went
away) stops the run: `report.stopped_at` says after which item; what was done stays done.

Idempotent by WordPress id (`WordPressItem`): the fingerprint is a hash of what the
import would write (title, body blocks, intro, image, dates, themes, tags, author,
publishing), so a second run with the same export writes nothing, and a newer export
updates what changed with a new revision. A page an editor changed here since the import
(its latest revision is not the import's) is not overwritten; a page an editor deleted is
not made again. Both are reported.

`dry_run=True` writes nothing at all (no pages, media, persons, mapping rows or redirects)
and gives the report of what would happen. (Pages it would make have no id yet: links to
them count as found, their redirects as new.)
"""

import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass, replace
from pathlib import Path
from types import MappingProxyType
from urllib.parse import parse_qs, unquote, urlsplit

from django.db import InterfaceError, OperationalError, connection, transaction
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext, ngettext
from wagtail.documents import get_document_model
from wagtail.models import Page
from wagtail.models import Site as WagtailSite
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.tasks import update_reference_index_task

from ..models import (
    BlogIndexPage,
    BlogPage,
    NewsIndexPage,
    NewsPage,
    SectionPage,
    StandardPage,
    WordPressItem,
)
from . import html_blocks, media, redirects, taxonomy, wxr
from .report import ImportReport, item_label

# Part of every fingerprint: raise it when the conversion changes, so the next run
# updates every page it made (unless an editor changed it).
CONVERSION_VERSION = "1"

MODELS = {
    taxonomy.NEWS: NewsPage,
    taxonomy.BLOG: BlogPage,
    taxonomy.STANDARD: StandardPage,
    taxonomy.SECTION: SectionPage,
}
KIND_OF_MODEL = {model: kind for kind, model in MODELS.items()}
MEDIA_OUTCOMES = {
    media.CREATED: "new",
    media.FOUND: "unchanged",
    media.DUPLICATE: "duplicate",
    media.FAILED: "failed",
}
# What the light index keeps of an item's postmeta.
INDEX_META = ("_wp_attached_file", "_thumbnail_id")
REUSABLE_BLOCK_TYPE = "wp_block"
BLOCK_REF = re.compile(r"<!--\s+wp:block\s+(\{[^}]*\})\s+/-->")
INTRO_MAX = 600  # ContentPageMixin.intro
TITLE_MAX = 255  # Page.title
SOURCE_MAX = 200  # WordPressItem.source
LOCAL_SCHEMES = ("", "http", "https")


class ImportSetupError(Exception):
    """The import cannot start (nothing was written); str() is the Dutch message."""

    @property
    def message(self):
        return str(self)


class _Stop(Exception):
    """An error outside one item: the run stops here."""


@dataclass
class _Mapping:
    pk: int
    page_id: int | None
    fingerprint: str
    revision_id: int | None
    model: tuple = ("wagtailcore", "page")  # app label and model name of the page


def import_export(
    source,
    *,
    media_dir=None,
    dry_run=False,
    category_map=None,
    now=None,
    progress=None,
    wagtail_site=None,
) -> ImportReport:
    """Import the export at `source` (a path); see the module docstring.

    media_dir: a copy of wp-content/uploads (None: attachments made by an earlier run are
    found again, others are reported as missing). category_map: the text of
    --category-map, or a mapping from taxonomy.parse_mapping. now: an aware datetime for
    the publish decisions (default: now). progress(done, total, label): called after every
    item. wagtail_site: the Wagtail site to import into (default: the default site).

    Raises wxr.WXRError (the file), taxonomy.MappingError (category_map) and
    ImportSetupError (media_dir, the site), all before anything is written."""
    importer = Importer(
        source,
        media_dir=media_dir,
        dry_run=dry_run,
        category_map=category_map,
        now=now,
        progress=progress,
        wagtail_site=wagtail_site,
    )
    return importer.run()


class Importer:
    def __init__(
        self,
        source,
        *,
        media_dir=None,
        dry_run=False,
        category_map=None,
        now=None,
        progress=None,
        wagtail_site=None,
    ):
        self.path = Path(source)
        self.media_dir = Path(media_dir) if media_dir is not None else None
        self.dry_run = dry_run
        if isinstance(category_map, str) or category_map is None:
            category_map = taxonomy.parse_mapping(category_map or "")
        self.mapping = dict(category_map)
        self.now = now or timezone.now()
        self.progress = progress
        self.wagtail_site = wagtail_site
        self.report = ImportReport(dry_run=dry_run)
        self.current = (None, "")  # the item being worked on, for stopped_at
        self.reported_authors = set()

    # The run ---------------------------------------------------------------------------------

    def run(self):
        if self.media_dir is not None and not self.media_dir.is_dir():
            raise ImportSetupError(
                gettext("De map met uploads %(name)s bestaat niet.") % {"name": self.media_dir}
            )
        self._scan()
        self._setup()
        try:
            self._attachments()
            self._pages()
            self._posts()
            self._others()
            self._second_pass()
            self._redirects()
        except Exception as error:  # noqa: BLE001 (any error outside one item stops the run)
            wp_id, label = self.current
            self.report.stop(wp_id, label, _reason(error))
        for line in self.themes.report_lines():
            self.report.problem(None, "", line)
        return self.report

    def _tick(self, item):
        self.report.done += 1
        if self.progress is not None:
            self.progress(self.report.done, self.report.total, self._label(item))

    def _label(self, item):
        return item_label(item.post_type, item.post_id, item.title)

    # Step 0: read the whole file once --------------------------------------------------------

    def _scan(self):
        self.site = None
        self.authors = []
        self.terms = []
        self.index = {}  # post_id -> light Item (no content)
        self.reusable = {}  # post_id -> content of a reusable block
        for record in wxr.read(self.path):
            if isinstance(record, wxr.Item):
                if record.post_type == REUSABLE_BLOCK_TYPE:
                    self.reusable[record.post_id] = record.content
                self.index[record.post_id] = _light(record)
            elif isinstance(record, wxr.Term):
                self.terms.append(record)
            elif isinstance(record, wxr.Author):
                self.authors.append(record)
            else:
                self.site = record
        if self.site is None:  # wxr always gives one; an export without a channel raised
            raise wxr.WXRError(gettext("dit is geen WordPress-export."))
        self.report.total = len(self.index)
        base = self.site.base_site_url or self.site.base_blog_url or self.site.link
        self.source = (base or self.path.name).rstrip("/")[:SOURCE_MAX]
        self.report.source = self.source
        self.children = taxonomy.parent_ids(self.index.values())
        self.media = media.MediaIndex(
            self.site.base_site_url or self.site.link,
            other_urls=(self.site.base_blog_url, self.site.link),
        )
        # Paths and guids of posts and pages, for the links between them.
        self.by_path = {}
        self.by_guid = {}
        for item in self.index.values():
            if item.kind not in (wxr.KIND_POST, wxr.KIND_PAGE):
                continue
            key = self._path_key(item.link)
            if key:
                self.by_path.setdefault(key, item.post_id)
            if item.guid:
                self.by_guid.setdefault(item.guid, item.post_id)

    def _setup(self):
        site = self.wagtail_site or WagtailSite.objects.get(is_default_site=True)
        self.wagtail_site = site
        self.home = site.root_page.specific
        self.news_index = NewsIndexPage.objects.child_of(self.home).first()
        self.blog_index = BlogIndexPage.objects.child_of(self.home).first()
        self.rows = {
            row["wp_id"]: _Mapping(
                row["pk"], row["page_id"], row["fingerprint"], row["revision_id"]
            )
            for row in WordPressItem.objects.filter(source=self.source).values(
                "pk", "wp_id", "page_id", "fingerprint", "revision_id"
            )
        }
        # WordPress id -> Wagtail page id, of what exists (and, below, what is made).
        self.pages = {wp_id: row.page_id for wp_id, row in self.rows.items() if row.page_id}
        # What this run will import: decides whether a link to it is pending or lost.
        self.planned = set()
        needs = set()
        for item in self.index.values():
            if item.kind not in (wxr.KIND_POST, wxr.KIND_PAGE):
                continue
            if taxonomy.publish_decision(item, now=self.now).action == taxonomy.SKIP:
                continue
            row = self.rows.get(item.post_id)
            if row is not None and row.page_id is None:
                continue
            self.planned.add(item.post_id)
            if item.kind == wxr.KIND_POST and row is None:
                needs.add(taxonomy.post_kind(item, self.mapping))
        missing = []
        if taxonomy.NEWS in needs and self.news_index is None:
            missing.append(gettext("een nieuwsoverzicht"))
        if taxonomy.BLOG in needs and self.blog_index is None:
            missing.append(gettext("een blogoverzicht"))
        if missing:
            raise ImportSetupError(
                gettext(
                    "De berichten uit WordPress komen onder %(pages)s. De website heeft dat "
                    "nog niet. Maak die pagina eerst, direct onder de homepagina."
                )
                % {"pages": gettext(" en ").join(missing)}
            )
        self.attachments = {}  # wp_id -> MediaResult (its kind, pk and file URL)
        self.themes = taxonomy.ThemeMatcher(mapping=self.mapping, terms=self.terms)
        self.persons = taxonomy.PersonMatcher(self.authors, dry_run=self.dry_run)
        self.resolver = _Resolver(self)
        self.taken = {}  # parent key -> slugs in use under it
        self.second = set()  # items with links to pages made later in this run
        self.made = set()  # items imported (or, in a dry run, that would be) in this run
        self.dry_kinds = {}  # dry run: wp_id -> the kind its page would get
        self.dry_paths = {}  # dry run: wp_id -> the path its page would get ("/a/b/")

    def _stream(self, kinds):
        for item in wxr.read(self.path).items():
            if item.kind in kinds:
                yield item

    # Step 1: attachments ---------------------------------------------------------------------

    def _attachments(self):
        for item in self._stream({wxr.KIND_ATTACHMENT}):
            self.current = (item.post_id, self._label(item))
            try:
                result = media.import_attachment(
                    item, media_dir=self.media_dir, dry_run=self.dry_run
                )
            except Exception as error:  # noqa: BLE001
                if _connection_lost(error):
                    raise _Stop(_reason(error)) from error
                self._failed(item, _media_kind(item), error)
            else:
                if self.dry_run and result.ok and result.pk is None:
                    # Would be made: known to the links by a stand-in id (-wp_id).
                    self.media.add(item, replace(result, pk=-item.post_id))
                else:
                    self.media.add(item, result)
                self.attachments[item.post_id] = result
                kind = result.kind or _media_kind(item)
                outcome = MEDIA_OUTCOMES.get(result.status, "skipped")
                self.report.count(kind, outcome)
                if result.problem:
                    if outcome == "skipped":
                        self.report.skip(item.post_id, item.title, result.problem, "attachment")
                    else:
                        self.report.problem(
                            item.post_id, item.title, result.problem, post_type="attachment"
                        )
            self._tick(item)

    # Step 2: pages ---------------------------------------------------------------------------

    def _page_order(self):
        """Page ids with every parent before its children, siblings by menu order."""
        pages = [item for item in self.index.values() if item.kind == wxr.KIND_PAGE]
        ids = {item.post_id for item in pages}
        children = {}
        for item in pages:
            parent = item.parent_id if item.parent_id in ids else 0
            children.setdefault(parent, []).append(item)
        order = []
        seen = set()
        # Depth-first, parents first; a loop in the export cannot make it hang.
        stack = sorted(children.get(0, []), key=_sibling_order, reverse=True)
        while stack:
            item = stack.pop()
            if item.post_id in seen:
                continue
            seen.add(item.post_id)
            order.append(item.post_id)
            stack.extend(sorted(children.get(item.post_id, []), key=_sibling_order, reverse=True))
        # Pages in a loop of parents (never reached from the top): at the end.
        order.extend(
            item.post_id for item in sorted(pages, key=_sibling_order) if item.post_id not in seen
        )
        return order

    def _pages(self):
        order = self._page_order()
        position = 0
        waiting = {}
        for item in self._stream({wxr.KIND_PAGE}):
            waiting[item.post_id] = item
            while position < len(order) and order[position] in waiting:
                self._one_page(waiting.pop(order[position]))
                position += 1
        for wp_id in order[position:]:  # only when the file changed under our feet
            if wp_id in waiting:
                self._one_page(waiting.pop(wp_id))

    def _one_page(self, item):
        kind = taxonomy.page_kind(item, self.children)
        self._item(item, kind)
        self._tick(item)

    # Step 3: posts ---------------------------------------------------------------------------

    def _posts(self):
        for item in self._stream({wxr.KIND_POST}):
            self._item(item, taxonomy.post_kind(item, self.mapping))
            self._tick(item)

    # Everything else: menu items, reusable blocks, other post types ------------------------

    def _others(self):
        groups = {}
        for item in self.index.values():
            if item.kind in (wxr.KIND_POST, wxr.KIND_PAGE, wxr.KIND_ATTACHMENT):
                continue
            groups.setdefault(item.post_type or "?", []).append(item)
            self._tick(item)
        for post_type, items in sorted(groups.items()):
            if post_type == REUSABLE_BLOCK_TYPE:
                reason = gettext(
                    "Herbruikbare blokken: hun inhoud staat nu in de berichten die ze gebruiken."
                )
            elif post_type == wxr.KIND_MENU_ITEM:
                reason = gettext("Menu-items: maak het menu van de nieuwe site zelf.")
            else:
                reason = gettext("Dit is geen bericht en geen pagina.")
            self.report.skip(
                None,
                ngettext(
                    "%(count)s item van het soort %(type)s",
                    "%(count)s items van het soort %(type)s",
                    len(items),
                )
                % {"count": len(items), "type": post_type},
                reason,
            )

    # One post or page ------------------------------------------------------------------------

    def _item(self, item, kind, second=False):
        self.current = (item.post_id, self._label(item))
        try:
            # Wagtail saves a new page three times (add, revision, publish); the reference
            # index (the images and pages its body uses) is brought up to date once, after.
            with transaction.atomic(), disable_reference_index_auto_update():
                done = self._import(item, kind, second)
        except Exception as error:  # noqa: BLE001 (reported; the next item goes on)
            if _connection_lost(error):
                raise _Stop(_reason(error)) from error
            if not second:
                self._failed(item, kind, error)
            else:
                self.report.problem(
                    item.post_id,
                    item.title,
                    gettext("De links konden niet worden bijgewerkt: %(error)s")
                    % {"error": _reason(error)},
                    post_type=item.post_type,
                )
            return
        # Only now that the item's transaction is through: a rolled-back item is not done.
        if done is not None:
            self.rows[item.post_id] = done
            self.pages[item.post_id] = done.page_id
            update_reference_index_task.enqueue(*done.model, str(done.page_id))

    def _failed(self, item, kind, error):
        self.report.count(kind, "failed")
        self.report.problem(
            item.post_id,
            item.title,
            gettext("Niet overgenomen door een fout: %(error)s") % {"error": _reason(error)},
            post_type=item.post_type,
        )

    def _import(self, item, kind, second):
        report = self.report
        post_type = item.post_type
        decision = taxonomy.publish_decision(item, now=self.now)
        if decision.action == taxonomy.SKIP:
            report.count(kind, "skipped")
            report.skip(item.post_id, item.title, decision.reason, post_type)
            return
        row = self.rows.get(item.post_id)
        if row is not None and row.page_id is None:
            report.count(kind, "deleted")
            report.problem(
                item.post_id,
                item.title,
                gettext(
                    "De pagina is hier na een eerdere import verwijderd. Ze is niet opnieuw "
                    "gemaakt."
                ),
                post_type=post_type,
            )
            return
        page = None
        if row is not None:
            page = Page.objects.get(pk=row.page_id).specific
            actual = KIND_OF_MODEL.get(type(page))
            if actual is not None and actual != kind and not second:
                report.problem(
                    item.post_id,
                    item.title,
                    gettext(
                        "In WordPress hoort dit nu bij een ander soort pagina. Het soort "
                        "pagina hier is niet veranderd."
                    ),
                    post_type=post_type,
                )
            kind = actual or kind
        model = MODELS[kind]
        self.resolver.start(final=second)
        content = self._inline_reusable(item)
        blocks, problems = html_blocks.convert(
            content, resolver=self.resolver, item=f"{post_type} {item.post_id}"
        )
        pending = self.resolver.pending
        problems = [
            problem
            for problem in problems
            if not (problem.kind == "link_unresolved" and problem.name in pending)
        ]
        values, notes = self._values(item, model, kind, blocks, decision)
        fingerprint = _fingerprint(item, kind, values, decision)
        if row is not None and row.fingerprint == fingerprint:
            if not second:
                report.count(kind, "unchanged")
            return
        if page is not None and page.latest_revision_id != row.revision_id:
            if not second:
                report.count(kind, "kept")
                report.problem(
                    item.post_id,
                    item.title,
                    gettext(
                        "Deze pagina is hier aangepast na de vorige import. De nieuwe versie "
                        "uit WordPress is niet overgenomen."
                    ),
                    post_type=post_type,
                )
            return
        # Report what this item needs an editor for (the second pass: only lost links).
        if second:
            problems = [problem for problem in problems if problem.kind == "link_unresolved"]
        else:
            report.conversion_problems(item.post_id, item.title, problems, post_type)
            for message in notes:
                report.problem(item.post_id, item.title, message, post_type=post_type)
            if decision.reported and decision.action != taxonomy.PUBLISH:
                report.unpublished(item.post_id, item.title, decision.reason, post_type)
            elif decision.reported:
                report.problem(item.post_id, item.title, decision.reason, post_type=post_type)
        if second:
            report.conversion_problems(item.post_id, item.title, problems, post_type)
        if pending and not self.dry_run:
            self.second.add(item.post_id)
        if page is None:
            page = self._create(item, model, kind, values, decision)
            if not second:
                report.count(kind, "new")
        else:
            self._update(page, values, decision)
            if not second:
                report.count(kind, "updated")
        self.made.add(item.post_id)
        if self.dry_run:
            self.dry_kinds[item.post_id] = kind
            return None
        self._set_dates(page, item, decision)
        page.refresh_from_db(fields=["latest_revision"])
        if row is None:
            created = WordPressItem.objects.create(
                source=self.source,
                wp_id=item.post_id,
                post_type=post_type,
                page=page,
                fingerprint=fingerprint,
                revision_id=page.latest_revision_id,
            )
            row = _Mapping(created.pk, page.pk, fingerprint, page.latest_revision_id)
        else:
            WordPressItem.objects.filter(pk=row.pk).update(
                fingerprint=fingerprint, revision_id=page.latest_revision_id
            )
            row = replace(row, fingerprint=fingerprint, revision_id=page.latest_revision_id)
        row.model = (page._meta.app_label, page._meta.model_name)
        return row

    def _values(self, item, model, kind, blocks, decision):
        """The fields to set and the Dutch notes about them."""
        notes = []
        when = taxonomy.dates(item)
        values = {
            "title": (" ".join(item.title.split()) or gettext("(zonder titel)"))[:TITLE_MAX],
            "body": html_blocks.stream_data(blocks),
            "intro": _intro(item.excerpt),
            "image_id": None,
            "go_live_at": decision.go_live_at if decision.action == taxonomy.SCHEDULE else None,
        }
        thumbnail = (item.postmeta.get("_thumbnail_id") or "").strip()
        if thumbnail.isdigit():
            values["image_id"] = self.media.image(int(thumbnail))
            if values["image_id"] is None and self.media.find(int(thumbnail)) is None:
                notes.append(
                    gettext("De uitgelichte afbeelding (bijlage %(id)s) is niet gevonden.")
                    % {"id": thumbnail}
                )
        if kind in (taxonomy.NEWS, taxonomy.BLOG):
            values["date"] = when.date or self.now.astimezone(taxonomy.ALMERE).date()
        if kind == taxonomy.BLOG:
            result = self.persons.person_for_login(item.creator)
            values["author_id"] = result.person.pk if result.person is not None else None
            if result.message and item.creator not in self.reported_authors:
                self.reported_authors.add(item.creator)
                notes.append(result.message)
        match = self.themes.match(item)
        values["themes"] = match.themes
        values["wijk"] = match.wijk
        values["tags"] = match.tags if taxonomy.has_tags(model) else ()
        if match.tags and not taxonomy.has_tags(model):
            notes.append(
                gettext(
                    "Een sectiepagina heeft geen trefwoorden. Deze trefwoorden zijn niet "
                    "overgenomen: %(tags)s."
                )
                % {"tags": ", ".join(match.tags)}
            )
        return values, notes

    def _create(self, item, model, kind, values, decision):
        parent, parent_key = self._parent(item, model, kind)
        taken = self._taken(parent, parent_key)
        slug = taxonomy.unique_slug(item.slug, taken=taken, title=item.title)
        if slug.message:
            self.report.problem(item.post_id, item.title, slug.message, post_type=item.post_type)
        if self.dry_run:
            if parent is not None:
                root = self.wagtail_site.root_page.url_path
                above = parent.url_path.removeprefix(root.rstrip("/"))
            else:
                above = self.dry_paths.get(parent_key[1], "/")
            self.dry_paths[item.post_id] = f"{above}{slug.slug}/"
            return None
        page = model(slug=slug.slug, live=False, has_unpublished_changes=True)
        self._set(page, values)
        parent.add_child(instance=page)
        revision = page.save_revision(clean=False)
        if decision.action in (taxonomy.PUBLISH, taxonomy.SCHEDULE):
            revision.publish()
        return page

    def _update(self, page, values, decision):
        if self.dry_run:
            return
        self._set(page, values)
        revision = page.save_revision(clean=False)
        if decision.action in (taxonomy.PUBLISH, taxonomy.SCHEDULE):
            revision.publish()
        elif page.live:
            # A post that is now a draft or private in WordPress: no longer public here.
            page.unpublish()

    def _set(self, page, values):
        for name, value in values.items():
            if name in ("themes", "tags", "wijk"):
                continue
            setattr(page, name, value)
        taxonomy.classify(
            page,
            taxonomy.ThemeMatch(tuple(values["themes"]), tuple(values["tags"]), (), values["wijk"]),
        )

    def _set_dates(self, page, item, decision):
        """WordPress's moments instead of the moment of the import."""
        when = taxonomy.dates(item)
        fields = {}
        if when.latest_revision_created_at is not None:
            fields["latest_revision_created_at"] = when.latest_revision_created_at
        if decision.action == taxonomy.PUBLISH and when.first_published_at is not None:
            fields["first_published_at"] = when.first_published_at
            fields["last_published_at"] = when.last_published_at
        if fields:
            Page.objects.filter(pk=page.pk).update(**fields)

    def _parent(self, item, model, kind):
        """(parent Page or None in a dry run, a key for its slugs) for a new page."""
        # Read again each time: the tree changes as pages are added (treebeard counts).
        if kind in (taxonomy.NEWS, taxonomy.BLOG):
            index = self.news_index if kind == taxonomy.NEWS else self.blog_index
            return Page.objects.get(pk=index.pk), ("page", index.pk)
        wp_id = item.parent_id
        seen = set()
        while wp_id and wp_id not in seen:
            seen.add(wp_id)
            if wp_id in self.pages:
                parent = Page.objects.get(pk=self.pages[wp_id])
                if model.can_exist_under(parent):
                    if wp_id != item.parent_id:
                        self._parent_note(item, parent.title)
                    return parent, ("page", parent.pk)
                break
            if self.dry_run and wp_id in self.made:
                if _may_hold(MODELS[self.dry_kinds[wp_id]], model):
                    if wp_id != item.parent_id:
                        self._parent_note(item, self.index[wp_id].title)
                    return None, ("wp", wp_id)
                break
            parent_item = self.index.get(wp_id)
            wp_id = parent_item.parent_id if parent_item is not None else 0
        home = Page.objects.get(pk=self.home.pk)
        if item.parent_id:
            self._parent_note(item, home.title)
        return home, ("page", home.pk)

    def _parent_note(self, item, parent_title):
        self.report.problem(
            item.post_id,
            item.title,
            gettext(
                "De bovenliggende pagina uit WordPress is niet overgenomen of past daar niet. "
                'Deze pagina staat nu onder "%(parent)s".'
            )
            % {"parent": parent_title},
            post_type=item.post_type,
        )

    def _taken(self, parent, key):
        taken = self.taken.get(key)
        if taken is None:
            taken = set()
            if parent is not None:
                taken = set(parent.get_children().values_list("slug", flat=True))
            self.taken[key] = taken
        return taken

    def _inline_reusable(self, item, depth=0):
        content = item.content if isinstance(item, wxr.Item) else item

        def inline(match):
            try:
                ref = json.loads(match.group(1)).get("ref")
            except (ValueError, AttributeError):
                return ""
            inner = self.reusable.get(ref if isinstance(ref, int) else -1, "")
            return self._inline_reusable(inner, depth + 1) if depth < 3 else inner

        return BLOCK_REF.sub(inline, content or "")

    # Step 4: links to pages made later -------------------------------------------------------

    def _second_pass(self):
        if not self.second:
            return
        wanted = set(self.second)
        for item in self._stream({wxr.KIND_POST, wxr.KIND_PAGE}):
            if item.post_id not in wanted:
                continue
            row = self.rows.get(item.post_id)
            if row is None or row.page_id is None:
                continue
            if item.kind == wxr.KIND_POST:
                kind = taxonomy.post_kind(item, self.mapping)
            else:
                kind = taxonomy.page_kind(item, self.children)
            self._item(item, kind, second=True)

    # Step 5: redirects -----------------------------------------------------------------------

    def _redirects(self):
        self.current = (None, gettext("Doorverwijzingen"))
        listing = self.news_index or self.home
        documents = {}
        document_ids = [
            result.pk
            for result in self.attachments.values()
            if result.kind == media.DOCUMENT and result.pk
        ]
        if document_ids:
            documents = {
                document.pk: document.url
                for document in get_document_model().objects.filter(pk__in=document_ids)
            }

        def for_item(item):
            if item.kind in (wxr.KIND_POST, wxr.KIND_PAGE):
                page_id = self.pages.get(item.post_id)
                if page_id is None and self.dry_run and item.post_id in self.made:
                    return f"/wordpress-{item.post_id}/"  # would be made: a new redirect
                return page_id
            if item.kind == wxr.KIND_ATTACHMENT:
                result = self.attachments.get(item.post_id)
                if result is None or not result.ok:
                    return None
                if result.kind == media.DOCUMENT:
                    return documents.get(result.pk) or (
                        f"/wordpress-{item.post_id}/" if self.dry_run else None
                    )
                if not item.parent_id or item.parent_id not in self.index:
                    return result.file_url or None
            return None

        def theme_listing(ref):
            theme, _how = self.themes.theme_for(ref)
            if theme is not None and self.news_index is not None:
                return redirects.listing_link(self.news_index, theme=theme.slug)
            return None

        names = {(term.kind, term.slug): term.name for term in self.terms}

        def for_category(slug):
            name = names.get((wxr.TAXONOMY_CATEGORY, slug), "")
            ref = wxr.TermRef(wxr.TAXONOMY_CATEGORY, slug, name)
            found = theme_listing(ref)
            if found:
                return found
            if taxonomy.category_kind(ref, self.mapping) == taxonomy.BLOG and self.blog_index:
                return self.blog_index.pk
            return None

        def for_tag(slug):
            ref = wxr.TermRef(wxr.TAXONOMY_TAG, slug, names.get((wxr.TAXONOMY_TAG, slug), ""))
            found = theme_listing(ref)
            if found:
                return found
            if self.news_index is not None:
                return redirects.listing_link(self.news_index, tag=slug)
            return None

        plans = redirects.plan(
            self.index.values(),
            self.terms,
            self.site,
            target_for_item=for_item,
            target_for_category=for_category,
            target_for_tag=for_tag,
            news_listing=listing.pk,
            feed_url=redirects.PageRoute(listing.pk, "/rss/") if self.news_index else listing.pk,
        )
        if self.dry_run:
            plans = self._without_dry_pages(plans)
        applied = redirects.apply(plans, self.wagtail_site, dry_run=self.dry_run)
        applied.skipped += getattr(plans, "shadowed", 0)
        self.report.count("redirect", "new", applied.created)
        self.report.count("redirect", "updated", applied.updated)
        self.report.count("redirect", "unchanged", applied.unchanged)
        self.report.count("redirect", "skipped", applied.skipped)
        for problem in [*plans.problems, *applied.problems]:
            if problem.kind == redirects.NOT_PUBLIC:
                continue  # the item itself is reported already
            wp_id, post_type = _source_item(problem.source)
            if problem.kind == redirects.LIVE_PAGE and (wp_id in self.pages or wp_id in self.made):
                continue  # the imported page stands at its old address: nothing to redirect
            item = self.index.get(wp_id) if wp_id is not None else None
            self.report.problem(
                wp_id,
                item.title if item is not None else problem.source,
                problem.message,
                detail=problem.old_path,
                post_type=post_type,
            )

    def _without_dry_pages(self, plans):
        """A dry run: the plans without the old addresses where a page would stand (made
        at the same path), as apply() leaves out the addresses of live pages."""
        would_be = {redirects.normalise(path) for path in self.dry_paths.values()}
        kept = redirects.Plans(
            [plan for plan in plans if plan.old_path not in would_be], plans.problems
        )
        kept.shadowed = len(plans) - len(kept)
        return kept

    # Links -----------------------------------------------------------------------------------

    def _path_key(self, url):
        """ "/2023/01/10/koffie/" for an address on the old site (or relative), else ""."""
        parts = self._own(url)
        if parts is None or not parts.path.strip("/"):
            return ""
        return "/" + unquote(parts.path).strip("/") + "/"

    def _own(self, url):
        url = (url or "").strip()
        if url.startswith("//"):
            url = "https:" + url
        parts = urlsplit(url)
        if parts.scheme not in LOCAL_SCHEMES:
            return None
        host = (parts.hostname or "").lower()
        if host and host not in self.media.hosts:
            return None
        return parts

    def wp_id_for(self, url):
        """The WordPress id of the post or page an address of the old site points at."""
        url = (url or "").strip()
        if url in self.by_guid:
            return self.by_guid[url]
        parts = self._own(url)
        if parts is None:
            return None
        query = parse_qs(parts.query)
        for key in ("p", "page_id"):
            value = query.get(key, [""])[0]
            if value.isdigit():
                return int(value)
        key = self._path_key(url)
        return self.by_path.get(key) if key else None


class _Resolver(html_blocks.Resolver):
    """Attachments through the MediaIndex, posts and pages through the WordPress ids of the
    export: a page made already is a page link; one made later in this run is `pending`
    (the item is converted again at the end); anything else of the old site is unknown
    (reported); other sites are external."""

    def __init__(self, importer):
        self.importer = importer
        self.pending = set()
        self.final = False

    def start(self, final=False):
        self.pending = set()
        self.final = final

    def image(self, ref):
        return self.importer.media.image(ref)

    def image_alt(self, image_id):
        return self.importer.media.image_alt(image_id)

    def link(self, url):
        importer = self.importer
        ref = importer.media.find(url)
        if ref is not None and ref.pk is not None and ref.pk < 0:  # a dry run: would be made
            return (media.DOCUMENT, 0) if ref.kind == media.DOCUMENT else ("external", url)
        found = importer.media.link(url)
        if found is not None:
            return found
        stripped = url.strip()
        if stripped.startswith(("#", "mailto:", "tel:")):
            return ("external", stripped)
        if importer._own(stripped) is None:
            return ("external", stripped)
        wp_id = importer.wp_id_for(stripped)
        if wp_id is None:
            return None
        page_id = importer.pages.get(wp_id)
        if page_id is not None:
            return ("page", page_id)
        if not self.final and (wp_id in importer.planned):
            if importer.dry_run:
                return ("page", 0)
            self.pending.add(url)
        return None


# Helpers ---------------------------------------------------------------------------------------


def _light(item):
    """The item without its content: what the index keeps of it."""
    meta = {key: item.postmeta[key] for key in INDEX_META if key in item.postmeta}
    return replace(item, content="", excerpt="", postmeta=MappingProxyType(meta))


def _sibling_order(item):
    return (item.menu_order, item.post_id)


def _may_hold(parent_model, model):
    return model in parent_model.allowed_subpage_models() and (
        parent_model in model.allowed_parent_page_models()
    )


def _media_kind(item):
    """The kind to count an attachment under when it was not made: by its file name."""
    return media.kind_of(media.upload_path(item)) or media.IMAGE


def _intro(excerpt):
    text = " ".join(strip_tags(excerpt or "").split())
    if not text:
        return ""
    from html import unescape

    return Truncator(unescape(text)).chars(INTRO_MAX)


def _fingerprint(item, kind, values, decision):
    data = {
        "version": CONVERSION_VERSION,
        "kind": kind,
        "slug": item.slug,
        "parent": item.parent_id,
        "order": item.menu_order,
        "status": item.status,
        "action": decision.action,
        "dates": [
            moment.isoformat() if isinstance(moment, dt.datetime | dt.date) else None
            for moment in taxonomy.dates(item).__dict__.values()
        ],
        **{
            name: value
            for name, value in values.items()
            if name not in ("themes", "tags", "wijk", "date", "go_live_at")
        },
        "wijk": values["wijk"].pk if values["wijk"] is not None else None,
        "themes": sorted(theme.pk for theme in values["themes"]),
        "tags": sorted(values["tags"]),
        "go_live_at": values["go_live_at"].isoformat() if values["go_live_at"] else None,
        "date": values["date"].isoformat() if values.get("date") else None,
    }
    text = json.dumps(data, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


def _source_item(source):
    """(wp_id, post_type) from a redirect plan's source ("post:123"), else (None, "")."""
    post_type, _, number = (source or "").rpartition(":")
    if number.isdigit() and post_type:
        return int(number), post_type
    return None, ""


def _connection_lost(error):
    if isinstance(error, InterfaceError):
        return True
    if isinstance(error, OperationalError):
        try:
            return not connection.is_usable()
        except Exception:  # noqa: BLE001
            return True
    return False


def _reason(error):
    text = " ".join(str(error).split())
    return text[:300] or type(error).__name__
