"""The WordPress import as a whole (cms.wordpress.importer): the builder's export imported
into a fresh site with a news and a blog overview, then checked page by page, through the
test client, and by running it again.

The clock: every run gets an explicit `now` (NOW); the scheduled post is in 2099, so
Wagtail's own check against the real time agrees. MEDIA_ROOT points into tmp_path."""

import datetime as dt
import re
from pathlib import Path

import pytest
from django.db import InterfaceError
from taggit.models import Tag
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

from cms.models import (
    BlogPage,
    NewsPage,
    Person,
    SectionPage,
    StandardPage,
    WordPressItem,
)
from cms.wordpress import html_blocks, importer, wxr
from cms.wordpress.importer import ImportSetupError, import_export
from cms.wordpress.report import ImportReport
from tests import factories
from tests.wordpress import export_builder as builder

pytestmark = pytest.mark.django_db

NOW = dt.datetime(2026, 1, 10, 12, 0, tzinfo=dt.UTC)
SITE = builder.SITE_URL
Image = get_image_model()
Document = get_document_model()
KOFFIE = "/2023/01/10/koffieochtend-voor-nieuwe-vrijwilligers/"


# The export and the site ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def export(tmp_path_factory):
    return builder.build_export(tmp_path_factory.mktemp("wxr") / "export.xml")


@pytest.fixture(scope="module")
def uploads(export, tmp_path_factory):
    folder = tmp_path_factory.mktemp("uploads")
    builder.write_uploads(export, folder)
    return folder


@pytest.fixture
def site(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return factories.news_index(), factories.blog_index()


def run(path, uploads=None, **options):
    options.setdefault("now", NOW)
    return import_export(path, media_dir=uploads, **options)


@pytest.fixture
def imported(export, uploads, site):
    return run(export.path, uploads)


def rewrite(export, tmp_path, *replacements, extra=(), name="newer.xml"):
    """A copy of the export with (old, new) text replacements and extra <item>s."""
    text = export.path.read_text(encoding="utf-8")
    for old, new in replacements:
        assert old in text, old
        text = text.replace(old, new, 1)
    text = text.replace("</channel>", "".join(extra) + "</channel>")
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def item_xml(
    post_id,
    title,
    content,
    *,
    status="publish",
    when="2025-12-20 10:00:00",
    post_type="post",
    category="nieuws",
    slug=None,
):
    slug = slug if slug is not None else re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    return f"""
\t<item>
\t\t<title><![CDATA[{title}]]></title>
\t\t<link>{SITE}/{when[:10].replace("-", "/")}/{slug}/</link>
\t\t<dc:creator><![CDATA[redactie]]></dc:creator>
\t\t<guid isPermaLink="false">{SITE}/?p={post_id}</guid>
\t\t<content:encoded><![CDATA[{content}]]></content:encoded>
\t\t<excerpt:encoded><![CDATA[]]></excerpt:encoded>
\t\t<wp:post_id>{post_id}</wp:post_id>
\t\t<wp:post_date><![CDATA[{when}]]></wp:post_date>
\t\t<wp:post_date_gmt><![CDATA[{when}]]></wp:post_date_gmt>
\t\t<wp:post_modified><![CDATA[{when}]]></wp:post_modified>
\t\t<wp:post_modified_gmt><![CDATA[{when}]]></wp:post_modified_gmt>
\t\t<wp:post_name><![CDATA[{slug}]]></wp:post_name>
\t\t<wp:status><![CDATA[{status}]]></wp:status>
\t\t<wp:post_parent>0</wp:post_parent>
\t\t<wp:menu_order>0</wp:menu_order>
\t\t<wp:post_type><![CDATA[{post_type}]]></wp:post_type>
\t\t<wp:post_password><![CDATA[]]></wp:post_password>
\t\t<category domain="category" nicename="{category}"><![CDATA[Nieuws]]></category>
\t</item>
"""


def page_of(wp_id):
    return WordPressItem.objects.get(wp_id=wp_id).page.specific


def raw_blocks(page):
    return [(block["type"], block["value"]) for block in page.body.raw_data]


def snapshot():
    """What the import writes, counted."""
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "images": Image.objects.count(),
        "documents": Document.objects.count(),
        "redirects": Redirect.objects.count(),
        "mapping": WordPressItem.objects.count(),
        "persons": Person.objects.count(),
        "tags": Tag.objects.count(),
        "live": Page.objects.live().count(),
    }


# Pages ---------------------------------------------------------------------------------------


def test_every_post_and_page_becomes_a_page_of_the_right_type(export, imported):
    posts = [item for item in export.posts if item.status != "trash"]
    blog = [item for item in posts if "blog-uit-de-wijk" in item.categories]
    assert NewsPage.objects.count() == len(posts) - len(blog) == 20
    assert BlogPage.objects.count() == len(blog) == 9
    assert SectionPage.objects.count() == 4  # Over ons, Vrijwilligerswerk, ..., Mantelzorg
    assert StandardPage.objects.count() == 6
    assert imported.ok
    assert imported.counts_flat() | {} == imported.counts_flat()
    flat = imported.counts_flat()
    assert (flat["news.new"], flat["blog.new"], flat["news.skipped"]) == (20, 9, 1)
    assert (flat["section.new"], flat["standard.new"]) == (4, 6)
    assert (flat["image.new"], flat["image.duplicate"], flat["document.new"]) == (5, 1, 1)
    assert WordPressItem.objects.count() == 39  # 29 posts and 10 pages


def test_the_page_tree_and_its_order_are_kept(export, imported, site):
    home = factories.home_page()
    top = [page.title for page in home.get_children()]
    assert top == [
        "Nieuws",
        "Blog uit de wijk",
        "Over ons",
        "Vrijwilligerswerk",
        "Mantelzorg",
        "Contact",
    ]
    over_ons = page_of(10)
    assert isinstance(over_ons, SectionPage)
    assert [page.title for page in over_ons.get_children()] == ["Ons team", "Jaarverslagen"]
    assert page_of(16).get_parent().specific == page_of(15)  # three levels
    assert isinstance(page_of(15), SectionPage)
    # Respijtzorg (17) was in the file before its parent Mantelzorg (18).
    assert page_of(17).get_parent().pk == page_of(18).pk
    assert page_of(16).url == "/vrijwilligerswerk/vrijwilliger-worden/verklaring-omtrent-gedrag/"
    news, blog = site
    assert page_of(100).get_parent().pk == news.pk
    assert page_of(102).get_parent().pk == blog.pk


def test_slugs_dates_and_intro_are_kept(export, imported):
    built = export.by_id(100)
    page = page_of(100)
    assert page.slug == built.slug == "koffieochtend-voor-nieuwe-vrijwilligers"
    assert page.date == dt.date(2023, 1, 10)
    assert page.first_published_at == built.date_gmt
    assert page.last_published_at == built.modified_gmt
    assert page.latest_revision_created_at == built.modified_gmt
    assert page.intro == "Een koffieochtend voor iedereen die net begonnen is."
    assert page.live
    team = page_of(11)
    assert team.first_published_at == export.by_id(11).date_gmt
    # The draft had no slug: made from its title, and reported.
    assert page_of(105).slug == "een-middag-in-de-moestuin-van-haven"
    assert any(note.wp_id == 105 and "korte naam" in note.message for note in imported.problems)


def test_the_body_becomes_blocks(export, imported):
    image_block = raw_blocks(page_of(115))
    kinds = [kind for kind, _ in image_block]
    assert kinds[:3] == ["paragraph", "image", "heading"]
    image = image_block[1][1]
    cafe = Image.objects.get(tags__name="wordpress-44")
    assert image["image"]["image"] == cafe.pk
    assert image["image"]["alt_text"] == "Mantelzorgers praten met elkaar aan een lange tafel"
    assert image["caption"] == "Het mantelzorgcafé in de bibliotheek"
    assert image_block[2][1]["text"] == "Wanneer en waar?"
    assert "<li>Elke eerste donderdag</li>" in image_block[3][1]

    video = dict(raw_blocks(page_of(116)))["video"]
    assert video["url"] == builder.YOUTUBE_EMBED
    bare = dict(raw_blocks(page_of(102)))["video"]  # a bare URL in a classic post
    assert bare["url"] == builder.YOUTUBE_BARE

    quote_page = raw_blocks(page_of(118))
    testimonial = dict(quote_page)["testimonial"]
    assert testimonial["quote"] == "Ik dacht dat ik het alleen moest doen. Dat hoeft niet."
    assert (testimonial["name"], testimonial["context"]) == ("Joke", "mantelzorger in Almere Haven")
    text = "".join(value for kind, value in quote_page if kind == "paragraph")
    assert "<li><b>Dag:</b> Maandag<br/><b>Tijd:</b> 10.00</li>" in text  # the table

    caption = dict(raw_blocks(page_of(100)))["image"]  # the [caption] shortcode
    assert caption["caption"] == "Koffieochtend in De Schakel"
    assert caption["image"]["image"] == Image.objects.get(tags__name="wordpress-40").pk


def test_featured_image_and_media(export, imported):
    koffie = Image.objects.get(tags__name="wordpress-40")
    assert page_of(100).image == koffie
    assert page_of(115).image == Image.objects.get(tags__name="wordpress-44")
    # The duplicate (46) has the same bytes as 40: one image with both tags.
    assert Image.objects.get(tags__name="wordpress-46") == koffie
    assert Image.objects.count() == 5
    assert koffie.description == "Vrijwilligers schenken koffie in buurthuis De Schakel"
    assert Document.objects.get(tags__name="wordpress-45").title == "Jaarverslag 2024"


def test_internal_links_become_page_links_and_uploads_document_links(imported):
    pdf = Document.objects.get(tags__name="wordpress-45")
    koffie = raw_blocks(page_of(100))
    assert f'<a linktype="document" id="{pdf.pk}">jaarverslag</a>' in "".join(
        value for kind, value in koffie if kind == "paragraph"
    )
    linked = "".join(value for kind, value in raw_blocks(page_of(102)) if kind == "paragraph")
    assert f'<a linktype="page" id="{page_of(100).pk}">' in linked  # by permalink
    by_p = "".join(value for kind, value in raw_blocks(page_of(104)) if kind == "paragraph")
    assert f'<a linktype="page" id="{page_of(15).pk}">' in by_p  # ?p=15
    assert f'<a linktype="page" id="{page_of(10).pk}">' in by_p  # a page's permalink
    relative = "".join(value for kind, value in raw_blocks(page_of(17)) if kind == "paragraph")
    assert f'<a linktype="page" id="{page_of(14).pk}">' in relative  # "/vrijwilligerswerk/..."
    team = "".join(value for kind, value in raw_blocks(page_of(118)) if kind == "paragraph")
    assert 'href="/' in team and "team-vmca" in team  # a link to an image: its file here


def test_themes_tags_and_author(export, tmp_path, uploads, site):
    mantelzorg = factories.theme("Mantelzorg", slug="mantelzorg")
    factories.theme("Eenzaamheid", slug="eenzaamheid")
    buiten = factories.wijk("Almere Buiten", slug="almere-buiten")
    report = run(export.path, uploads)
    respijt = page_of(103)  # category mantelzorg
    assert mantelzorg in respijt.themes.all()
    built = export.by_id(103)
    names = {tag.name for tag in respijt.tags.all()}
    assert {Tag.objects.get(name=name).slug for name in names} == set(built.tags) - {
        "eenzaamheid",
        "almere-buiten",
    }
    # A tag that names a wijk sets the page's wijk and is no tag.
    in_buiten = [item for item in export.posts if "almere-buiten" in item.tags]
    assert in_buiten
    for item in in_buiten:
        page = WordPressItem.objects.get(wp_id=item.post_id).page
        if page is not None:
            assert page.specific.wijk == buiten
    assert not Tag.objects.filter(name="Almere Buiten").exists()
    # A child category without a theme of its own takes its parent's and stays a tag.
    jong = page_of(106)
    assert mantelzorg in jong.themes.all()
    assert "Jonge mantelzorgers" in {tag.name for tag in jong.tags.all()}
    # Blog authors become persons, found again by e-mail.
    sanne = Person.objects.get(email="sanne@vmca-almere.example")
    assert (sanne.first_name, sanne.last_name) == ("Sanne", "de Wit")
    assert page_of(105).author == sanne
    assert page_of(102).author.email == "redactie@vmca-almere.example"
    # Categories that only decide the type are neither a theme nor a tag.
    assert not Tag.objects.filter(name__in=["Nieuws", "Blog uit de wijk"]).exists()
    assert not any("Mantelzorg" in note.message for note in report.problems if note.wp_id is None)


def test_drafts_private_trashed_and_password_posts_are_not_published(imported):
    for wp_id in (105, 106, 120):  # draft, private, password
        page = page_of(wp_id)
        assert not page.live
        assert page.first_published_at is None
    assert not WordPressItem.objects.filter(wp_id=119).exists()  # trashed
    assert not NewsPage.objects.filter(title="Cursus EHBO voor vrijwilligers").exists()
    unpublished = {note.wp_id: note.message for note in imported.notes_in("unpublished")}
    assert set(unpublished) == {105, 106, 120}
    assert "Privé" in unpublished[106]
    skipped = {note.wp_id: note.message for note in imported.skipped}
    assert "prullenbak" in skipped[119]


def test_a_scheduled_post_is_scheduled(export, uploads, site, tmp_path):
    path = rewrite(
        export,
        tmp_path,
        extra=[
            item_xml(
                990,
                "Open dag in 2099",
                "<p>Kom langs.</p>",
                status="future",
                when="2099-05-01 08:00:00",
            )
        ],
    )
    report = run(path, uploads)
    page = page_of(990)
    assert not page.live
    assert page.go_live_at == dt.datetime(2099, 5, 1, 8, 0, tzinfo=dt.UTC)
    assert page.latest_revision.approved_go_live_at == page.go_live_at
    assert 990 in {note.wp_id for note in report.notes_in("unpublished")}


# Redirects -----------------------------------------------------------------------------------


def test_old_addresses_answer_with_a_301(client, imported, site):
    news, blog = site
    koffie = page_of(100)
    expected = {
        KOFFIE: koffie.url,
        "/?p=100": koffie.url,
        "/?page_id=11": page_of(11).url,
        KOFFIE + "koffieochtend/": koffie.url,  # an attachment page: its post
        "/?attachment_id=45": Document.objects.get(tags__name="wordpress-45").url,
        "/category/nieuws/": news.url,
        "/category/blog-uit-de-wijk/": blog.url,
        "/tag/maatjes/": news.url + "?tag=maatjes",
        "/feed/": news.url + "rss/",
        "/category/nieuws/feed/": news.url + "rss/",
    }
    for old, new in expected.items():
        response = client.get(old)
        assert (old, response.status_code, response["Location"]) == (old, 301, new)
    assert client.get(koffie.url).status_code == 200
    # A page at its old address needs no redirect: it answers itself.
    assert client.get("/over-ons/ons-team/").status_code == 200
    assert not any("staat al een pagina" in note.message for note in imported.problems)
    assert imported.counts_flat()["redirect.new"] == Redirect.objects.count() > 200


def test_a_category_with_a_theme_goes_to_the_filtered_listing(client, export, uploads, site):
    factories.theme("Mantelzorg", slug="mantelzorg")
    run(export.path, uploads)
    response = client.get("/category/mantelzorg/")
    assert (response.status_code, response["Location"]) == (301, "/nieuws/?thema=mantelzorg")


# The report ----------------------------------------------------------------------------------


def test_the_report_lists_what_an_editor_must_know(imported):
    text = imported.as_text()
    assert "Nieuwsberichten: 20 nieuw, 1 overgeslagen" in text
    assert "Afbeeldingen: 5 nieuw, 1 dubbel, één keer bewaard" in text
    shortcodes = {(note.wp_id, note.detail.split("]")[0]) for note in imported.shortcodes}
    assert shortcodes == {(103, "[vmca_teller"), (117, "[contact-form-7"), (19, "[contact-form-7")}
    assert "Bericht 103: Even op adem komen: respijtzorg in Almere." in text
    assert any(note.wp_id == 103 and "Script" in note.message for note in imported.problems)
    assert any("zonder alt-tekst" in note.message for note in imported.problems)
    assert imported.unresolved_links == []
    skipped = "\n".join(note.title + note.message for note in imported.skipped)
    assert "nav_menu_item" in skipped and "wpcf7_contact_form" in skipped
    assert imported.stopped_at is None


def test_links_to_pages_made_later_and_unknown_links(export, uploads, site, tmp_path):
    path = rewrite(
        export,
        tmp_path,
        (  # a page (made before the posts) links to a post and to an address that is gone
            "Ons team bestaat uit twaalf medewerkers en veel vrijwilligers.",
            f'Ons team. Lees <a href="{SITE}{KOFFIE}">de koffieochtend</a> en '
            f'<a href="{SITE}/oude-pagina/">dit</a>.',
        ),
    )
    report = run(path, uploads)
    team = page_of(11)
    text = "".join(value for kind, value in raw_blocks(team) if kind == "paragraph")
    assert f'<a linktype="page" id="{page_of(100).pk}">de koffieochtend</a>' in text
    assert f'<a href="{SITE}/oude-pagina/">dit</a>' in text
    links = [(note.wp_id, note.detail) for note in report.unresolved_links]
    assert links == [(11, f"{SITE}/oude-pagina/")]
    assert team.live and team.revisions.count() == 2  # the second pass: one more revision
    # A second run changes nothing, also for this page.
    before = snapshot()
    assert run(path, uploads).counts_flat()["standard.unchanged"] == 6
    assert snapshot() == before


def test_reusable_blocks_are_inlined(export, uploads, site, tmp_path):
    reusable = item_xml(
        980,
        "Aanmelden",
        "<!-- wp:paragraph -->\n<p>Meld u aan bij VMCA.</p>\n<!-- /wp:paragraph -->",
        post_type="wp_block",
    )
    using = item_xml(
        981,
        "Met een blok",
        "<!-- wp:paragraph --><p>Eerst dit.</p><!-- /wp:paragraph -->\n"
        '<!-- wp:block {"ref":980} /-->',
    )
    report = run(rewrite(export, tmp_path, extra=[reusable, using]), uploads)
    text = "".join(value for kind, value in raw_blocks(page_of(981)) if kind == "paragraph")
    assert text == "<p>Eerst dit.</p><p>Meld u aan bij VMCA.</p>"
    assert not WordPressItem.objects.filter(wp_id=980).exists()
    assert any("wp_block" in note.title for note in report.skipped)


def test_progress_is_told_after_every_item(export, uploads, site):
    calls = []
    report = run(export.path, uploads, progress=lambda *args: calls.append(args))
    total = len(export.items)
    assert len(calls) == total == report.total
    assert [done for done, _, _ in calls] == list(range(1, total + 1))
    assert {call[1] for call in calls} == {total}
    assert ("Bericht 100: Koffieochtend voor nieuwe vrijwilligers") in {c[2] for c in calls}


# Running it again ----------------------------------------------------------------------------


def test_a_second_run_changes_nothing(export, uploads, imported):
    before = snapshot()
    again = run(export.path, uploads)
    assert snapshot() == before
    flat = again.counts_flat()
    assert (flat["news.unchanged"], flat["blog.unchanged"], flat["section.unchanged"]) == (
        20,
        9,
        4,
    )
    assert "news.new" not in flat and "news.updated" not in flat
    assert flat["redirect.unchanged"] == before["redirects"]
    assert flat["image.unchanged"] == 6


def test_a_newer_export_updates_what_changed_and_adds_what_is_new(
    export, uploads, imported, tmp_path
):
    taalmaatje = page_of(102)
    revisions = taalmaatje.revisions.count()
    before = snapshot()
    path = rewrite(
        export,
        tmp_path,
        ("Een jaar geleden ontmoette ik Amina.", "Twee jaar geleden ontmoette ik Amina."),
        extra=[item_xml(995, "Nieuw in 2026", "<p>Een nieuw bericht.</p>")],
    )
    report = run(path, uploads)
    flat = report.counts_flat()
    assert (flat["blog.updated"], flat["news.new"], flat["blog.unchanged"]) == (1, 1, 8)
    taalmaatje.refresh_from_db()
    assert taalmaatje.revisions.count() == revisions + 1
    assert taalmaatje.live and not taalmaatje.has_unpublished_changes
    assert "Twee jaar geleden" in str(page_of(102).body)
    assert page_of(995).live
    after = snapshot()
    assert after["pages"] == before["pages"] + 1
    assert after["mapping"] == before["mapping"] + 1
    assert after["revisions"] == before["revisions"] + 2


def test_an_editors_change_is_kept_and_a_deleted_page_is_not_made_again(
    export, uploads, imported, tmp_path
):
    edited = page_of(102)
    edited.title = "Mijn jaar als taalmaatje"
    edited.save_revision().publish()
    page_of(104).delete()
    path = rewrite(
        export,
        tmp_path,
        ("Een jaar geleden ontmoette ik Amina.", "Twee jaar geleden ontmoette ik Amina."),
    )
    report = run(path, uploads)
    assert page_of(102).title == "Mijn jaar als taalmaatje"
    assert "Twee jaar geleden" not in str(page_of(102).body)
    assert WordPressItem.objects.get(wp_id=104).page is None
    assert not NewsPage.objects.filter(title=export.by_id(104).title).exists()
    flat = report.counts_flat()
    assert (flat["blog.kept"], flat["news.deleted"]) == (1, 1)
    messages = [(note.wp_id, note.message) for note in report.problems]
    assert any(wp_id == 102 and "aangepast" in message for wp_id, message in messages)
    assert any(wp_id == 104 and "verwijderd" in message for wp_id, message in messages)


def test_a_dry_run_writes_nothing_and_reports_the_same(export, uploads, site):
    before = snapshot()
    dry = run(export.path, uploads, dry_run=True)
    assert snapshot() == before
    assert dry.dry_run and "proef" in dry.as_text()
    real = run(export.path, uploads)
    # The same notes, but in the future tense ("wordt aangemaakt").
    assert [(note.wp_id, note.detail) for note in dry.notes] == [
        (note.wp_id, note.detail) for note in real.notes
    ]
    skip = {"dry_run", "notes.link"}
    dry_flat = {key: value for key, value in dry.counts_flat().items() if key not in skip}
    real_flat = {key: value for key, value in real.counts_flat().items() if key not in skip}
    # In a dry run nothing is on the site yet: the duplicate is not known as one.
    dry_flat["image.new"] -= 1
    dry_flat["image.duplicate"] = 1
    assert dry_flat == real_flat
    assert [note.wp_id for note in dry.shortcodes] == [note.wp_id for note in real.shortcodes]
    # And again after the import: nothing would change.
    before = snapshot()
    assert "news.new" not in run(export.path, uploads, dry_run=True).counts_flat()
    assert snapshot() == before


# Bad input -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("Dit is gewoon tekst.", "geen XML-bestand"),
        ('<?xml version="1.0"?><html><body>Hallo</body></html>', "webpagina"),
        (
            '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>',
            "RSS-feed",
        ),
    ],
)
def test_a_file_that_is_no_export_writes_nothing(tmp_path, site, content, message):
    path = tmp_path / "bad.xml"
    path.write_text(content, encoding="utf-8")
    before = snapshot()
    with pytest.raises(wxr.WXRError) as error:
        run(path)
    assert message in str(error.value)
    assert snapshot() == before


def test_an_export_broken_halfway_writes_nothing(export, uploads, site, tmp_path):
    text = export.path.read_text(encoding="utf-8")
    path = tmp_path / "half.xml"
    path.write_text(text[: len(text) // 2], encoding="utf-8")
    before = snapshot()
    with pytest.raises(wxr.WXRError) as error:
        run(path, uploads)
    assert "beschadigd" in str(error.value)
    assert snapshot() == before


def test_a_missing_media_file_is_reported_and_the_post_still_imports(export, site, tmp_path):
    folder = tmp_path / "uploads"
    builder.write_uploads(export, folder, skip={"mantelzorgcafe.jpg"})
    report = run(export.path, folder)
    page = page_of(115)
    assert page.live and page.image is None
    assert "image" not in [kind for kind, _ in raw_blocks(page)]
    skipped = {note.wp_id: note.message for note in report.skipped}
    assert "staat niet in de map met uploads" in skipped[44]
    assert any(
        note.wp_id == 115 and "Afbeelding niet gevonden" in note.message for note in report.problems
    )


def test_without_media_dir_attachments_are_reported(export, site):
    report = run(export.path)
    assert report.counts_flat()["image.skipped"] == 6
    assert NewsPage.objects.count() == 20


def test_a_site_without_overviews_is_refused_before_anything_is_written(export, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    before = snapshot()
    with pytest.raises(ImportSetupError) as error:
        run(export.path)
    assert "nieuwsoverzicht en een blogoverzicht" in str(error.value)
    assert snapshot() == before


def test_a_failing_item_is_reported_and_nothing_of_it_is_saved(export, uploads, site, monkeypatch):
    real = importer.Importer._set_dates

    def failing(self, page, item, decision):
        if item.post_id == 103:
            raise ValueError("kapot")
        return real(self, page, item, decision)

    monkeypatch.setattr(importer.Importer, "_set_dates", failing)
    report = run(export.path, uploads)
    assert not report.ok and report.stopped_at is None
    assert not NewsPage.objects.filter(title=export.by_id(103).title).exists()
    assert not WordPressItem.objects.filter(wp_id=103).exists()
    assert NewsPage.objects.count() == 19
    assert report.counts_flat()["news.failed"] == 1
    assert any(note.wp_id == 103 and "kapot" in note.message for note in report.problems)


def test_when_the_database_goes_away_the_report_says_where_it_stopped(
    export, uploads, site, monkeypatch
):
    real = html_blocks.convert

    def gone(content, *, resolver, item=None, **options):
        if item == "post 110":
            raise InterfaceError("connection already closed")
        return real(content, resolver=resolver, item=item, **options)

    monkeypatch.setattr(importer.html_blocks, "convert", gone)
    report = run(export.path, uploads)
    stopped = report.stopped_at
    assert stopped.wp_id == 110 and "connection already closed" in stopped.reason
    assert "gestopt" in report.as_text()
    assert not report.ok
    # What was done stays done: the pages and posts before 110, no redirects yet.
    assert WordPressItem.objects.filter(wp_id__lt=110).count() == 10 + 10
    assert not WordPressItem.objects.filter(wp_id__gte=110).exists()
    assert Redirect.objects.count() == 0


def test_the_report_writes_itself_to_a_file(imported, tmp_path):
    path = imported.write(tmp_path / "verslag.txt")
    assert path.read_text(encoding="utf-8") == imported.as_text()
    assert isinstance(imported, ImportReport)
    assert Path(path).stat().st_size > 1000
