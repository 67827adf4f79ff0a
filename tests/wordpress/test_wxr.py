"""The WordPress export reader (cms.wordpress.wxr): the test export of export_builder is
read back field by field, every WXR version, and every kind of bad input gives a WXRError
with a Dutch message and, where known, the line."""

import datetime as dt
import time
import tracemalloc

import pytest

from cms.wordpress import wxr
from tests.wordpress import export_builder as builder

UTC = dt.UTC


def minimal(body="", *, version="1.2", head=""):
    """A small WXR export around `body` (items, as XML text)."""
    return (
        f'<?xml version="1.0" encoding="UTF-8" ?>\n{head}'
        '<rss version="2.0" xmlns:wp="http://wordpress.org/export/{version}/"\n'
        '  xmlns:content="http://purl.org/rss/1.0/modules/content/">\n'
        "<channel>\n<title>Oud</title>\n"
        f"<wp:wxr_version>{version}</wp:wxr_version>\n{body}</channel>\n</rss>\n"
    ).replace("{version}", version)


def item_xml(post_id="7", *, extra=""):
    return (
        "<item>\n<title>Een bericht</title>\n"
        f"<wp:post_id>{post_id}</wp:post_id>\n"
        "<wp:post_type>post</wp:post_type>\n<wp:status>publish</wp:status>\n"
        f"{extra}</item>\n"
    )


def read_all(source):
    return list(wxr.read(source))


def failure(source):
    with pytest.raises(wxr.WXRError) as caught:
        read_all(source)
    return caught.value


def write(tmp_path, text, name="export.xml"):
    path = tmp_path / name
    path.write_bytes(text.encode() if isinstance(text, str) else text)
    return path


# The test export, read back ------------------------------------------------------------------


def test_the_summary_counts_each_kind_status_and_taxonomy(export):
    summary = wxr.summary(export.path)

    assert dict(summary.items) == {
        "post": 30,
        "page": 10,
        "attachment": 7,
        "nav_menu_item": 3,
        "other": 1,
    }
    assert summary.total_items == 51
    assert dict(summary.statuses) == {
        "draft": 1,
        "inherit": 7,
        "private": 1,
        "publish": 41,
        "trash": 1,
    }
    assert dict(summary.terms) == {"category": 5, "nav_menu": 1, "post_tag": 8}
    assert summary.authors == 2
    assert summary.site.title == "VMCA Almere"


def test_the_site_comes_first(records):
    site = records[0]

    assert site == wxr.Site(
        title="VMCA Almere",
        link="https://www.vmca-almere.example",
        description="Vrijwilligerswerk en mantelzorg in Almere",
        language="nl-NL",
        base_site_url="https://www.vmca-almere.example",
        base_blog_url="https://www.vmca-almere.example",
        wxr_version="1.2",
        exported_at=dt.datetime(2026, 1, 5, 9, 0, tzinfo=UTC),
    )
    assert sum(isinstance(record, wxr.Site) for record in records) == 1


def test_authors(records):
    authors = [record for record in records if isinstance(record, wxr.Author)]

    assert [(a.author_id, a.login, a.email, a.display_name) for a in authors] == [
        (1, "redactie", "redactie@vmca-almere.example", "Redactie VMCA"),
        (2, "sanne", "sanne@vmca-almere.example", "Sanne de Wit"),
    ]
    assert (authors[1].first_name, authors[1].last_name) == ("Sanne", "de Wit")


def test_terms_with_their_parents_and_descriptions(records):
    terms = {(t.kind, t.slug): t for t in records if isinstance(t, wxr.Term)}

    child = terms[("category", "jonge-mantelzorgers")]
    assert (child.term_id, child.name, child.parent) == (6, "Jonge mantelzorgers", "mantelzorg")
    mantelzorg = terms[("category", "mantelzorg")]
    assert mantelzorg.parent is None
    assert mantelzorg.description == "Voor wie zorgt voor een naaste."
    assert terms[("post_tag", "almere-haven")].name == "Almere Haven"
    assert terms[("nav_menu", "hoofdmenu")].name == "Hoofdmenu"
    assert len(terms) == 14


def test_every_item_reads_as_it_was_written(export, items):
    assert sorted(items) == [built.post_id for built in export.items]
    for built in export.items:
        item = items[built.post_id]
        assert (
            item.post_type,
            item.status,
            item.title,
            item.slug,
            item.link,
            item.creator,
            item.date_gmt,
            item.modified_gmt,
            item.parent_id,
            item.menu_order,
            item.content,
            item.excerpt,
            item.attachment_url,
            item.password,
        ) == (
            built.post_type,
            built.status,
            built.title,
            built.slug,
            built.link,
            built.creator,
            built.date_gmt,
            built.modified_gmt,
            built.parent_id,
            built.menu_order,
            built.content,
            built.excerpt,
            built.attachment_url,
            built.password,
        ), built.post_id
        assert [ref.slug for ref in item.categories] == list(built.categories)
        assert [ref.slug for ref in item.tags] == list(built.tags)
        assert dict(item.postmeta) == dict(built.postmeta)


def test_kinds_group_the_post_types(export, items):
    form = items[builder.CONTACT_FORM_ID]
    assert (form.post_type, form.kind) == ("wpcf7_contact_form", "other")
    menu_items = [item for item in items.values() if item.kind == "nav_menu_item"]
    assert len(menu_items) == 3
    assert menu_items[0].other_terms == (wxr.TermRef("nav_menu", "hoofdmenu", "Hoofdmenu"),)
    contact = export.by_title("Contact")
    assert menu_items[2].postmeta["_menu_item_object_id"] == str(contact.post_id)


def test_dates_are_aware_utc_and_the_local_ones_naive(export, items):
    winter = items[export.posts[0].post_id]  # 10 January 2023, 09:30 in Almere
    assert winter.date_gmt == dt.datetime(2023, 1, 10, 8, 30, tzinfo=UTC)
    assert winter.pub_date == winter.date_gmt
    assert winter.date_local == dt.datetime(2023, 1, 10, 9, 30)
    assert winter.modified_gmt == dt.datetime(2023, 1, 12, 11, 30, tzinfo=UTC)
    summer = items[export.with_feature("youtube-embed").post_id]
    assert summer.date_gmt.utcoffset() == dt.timedelta(0)
    assert summer.date_local - summer.date_gmt.replace(tzinfo=None) == dt.timedelta(hours=2)


def test_a_draft_has_no_publication_date(export, items):
    draft = items[export.with_feature("draft").post_id]

    assert draft.status == "draft"
    assert draft.date_gmt is None  # "0000-00-00 00:00:00"
    assert draft.pub_date is None  # "Mon, 30 Nov -0001 00:00:00 +0000"
    assert draft.slug == ""
    assert draft.date_local == dt.datetime(2023, 7, 15, 12, 30)


def test_private_trashed_sticky_and_password(export, items):
    assert items[export.with_feature("private").post_id].status == "private"
    trashed = items[export.with_feature("trash").post_id]
    assert trashed.status == "trash"
    assert trashed.slug.endswith("__trashed")
    assert trashed.postmeta["_wp_trash_meta_status"] == "publish"
    assert items[export.with_feature("sticky").post_id].is_sticky is True
    assert sum(item.is_sticky for item in items.values()) == 1
    assert items[export.with_feature("password").post_id].password == "koffie"


def test_attachments_with_alt_text_caption_and_file(export, items):
    photo = items[export.by_title("mantelzorgcafe").post_id]

    assert photo.kind == "attachment"
    assert photo.status == "inherit"
    assert photo.attachment_url == (
        "https://www.vmca-almere.example/wp-content/uploads/2024/07/mantelzorgcafe.jpg"
    )
    assert photo.postmeta["_wp_attached_file"] == "2024/07/mantelzorgcafe.jpg"
    assert photo.postmeta["_wp_attachment_image_alt"] == (
        "Mantelzorgers praten met elkaar aan een lange tafel"
    )
    assert photo.excerpt == "Het mantelzorgcafé in de bibliotheek"  # the caption
    assert photo.postmeta["_wp_attachment_metadata"].startswith('a:4:{s:5:"width";i:1200;')
    pdf = items[export.with_feature("pdf").post_id]
    assert pdf.attachment_url.endswith("/2025/04/jaarverslag-2024.pdf")
    assert "_wp_attachment_image_alt" not in pdf.postmeta
    assert pdf.parent_id == export.by_title("Jaarverslagen").post_id


def test_featured_images_point_at_attachments(export, items):
    featured = [item for item in items.values() if "_thumbnail_id" in item.postmeta]

    assert len(featured) == 3
    for item in featured:
        assert items[int(item.postmeta["_thumbnail_id"])].kind == "attachment"


def test_pages_keep_their_tree_and_order(export, items):
    by_title = {item.title: item for item in items.values() if item.kind == "page"}

    vog = by_title["Verklaring omtrent gedrag"]
    worden = by_title["Vrijwilliger worden"]
    assert vog.parent_id == worden.post_id
    assert worden.parent_id == by_title["Vrijwilligerswerk"].post_id
    assert by_title["Vrijwilligerswerk"].parent_id == 0
    assert [by_title[t].menu_order for t in ("Over ons", "Vrijwilligerswerk", "Mantelzorg")] == [
        1,
        2,
        3,
    ]
    respijt = by_title["Respijtzorg"]
    assert respijt.parent_id == by_title["Mantelzorg"].post_id > respijt.post_id
    assert vog.link == (
        "https://www.vmca-almere.example/vrijwilligerswerk/vrijwilliger-worden/"
        "verklaring-omtrent-gedrag/"
    )


def test_both_editor_formats_and_the_content_to_convert(export, items):
    def content(feature):
        return items[export.with_feature(feature).post_id].content

    assert "<!-- wp:" not in content("caption")
    assert "\n\n" in content("caption") and "<p>" not in content("caption")
    assert content("caption").count("[caption id=") == 1
    assert "<!-- wp:paragraph -->\n<p>" in content("youtube-embed")
    assert '"providerNameSlug":"youtube"' in content("youtube-embed")
    assert f"\n\n{builder.YOUTUBE_BARE}\n\n" in content("youtube-url")
    assert "[gallery " in content("gallery")
    assert "[vmca_teller " in content("unknown-shortcode")
    assert "<script" in content("script")
    assert "<!-- wp:shortcode -->\n[contact-form-7 " in content("blocks-contact-form-7")
    assert "[contact-form-7 " in items[export.by_title("Contact").post_id].content
    assert f"/?p={export.by_title('Vrijwilliger worden').post_id}" in content("link-page")
    first = export.posts[0]
    assert f'href="{first.link}"' in content("link-permalink")
    assert "<!-- wp:table -->" in content("table")


def test_comments_are_left_out(export, items):
    commented = items[export.with_feature("comment").post_id]

    assert "akismet_result" not in commented.postmeta
    assert "Leuk! Ik kom zeker." not in commented.content
    assert commented.title == export.posts[0].title


def test_each_record_knows_its_line(export, records):
    lines = export.path.read_text(encoding="utf-8").splitlines()
    starts = [number for number, line in enumerate(lines, start=1) if line == "\t<item>"]

    assert [r.line for r in records if isinstance(r, wxr.Item)] == starts
    first_author = next(r for r in records if isinstance(r, wxr.Author))
    assert lines[first_author.line - 1].startswith("\t<wp:author>")


def test_a_reader_reads_a_path_again_and_a_file_object(export):
    reader = wxr.read(export.path)
    first = [item.post_id for item in reader.items()]
    second = [item.post_id for item in reader.items()]
    with open(export.path, "rb") as stream:
        from_file = [item.post_id for item in wxr.read(stream).items()]

    assert first == second == from_file
    assert len(first) == 51
    assert reader.site.title == "VMCA Almere"


@pytest.mark.parametrize("version", ["1.0", "1.1", "1.2"])
def test_every_wxr_version(tmp_path, version):
    export = builder.build_export(tmp_path / f"wxr-{version}.xml", wxr_version=version)
    records = read_all(export.path)
    items = {r.post_id: r for r in records if isinstance(r, wxr.Item)}

    assert records[0].wxr_version == version
    assert len(items) == 51
    for built in export.posts:
        item = items[built.post_id]
        assert [(ref.slug, ref.name) for ref in item.categories] == [
            (slug, {c.slug: c.name for c in builder.CATEGORIES}[slug]) for slug in built.categories
        ]
        assert [ref.slug for ref in item.tags] == list(built.tags)
        assert item.content == built.content
        assert item.excerpt == built.excerpt
    authors = [r for r in records if isinstance(r, wxr.Author)]
    assert len(authors) == (0 if version == "1.0" else 2)


def test_wxr_1_0_bare_categories_count_once_and_slugless_ones_are_kept(tmp_path):
    body = item_xml(
        extra=(
            "<category><![CDATA[Nieuws]]></category>\n"
            '<category domain="category" nicename="nieuws"><![CDATA[Nieuws]]></category>\n'
            "<category><![CDATA[Oud archief]]></category>\n"
            '<category domain="tag"><![CDATA[buren]]></category>\n'
        )
    )
    item = read_all(write(tmp_path, minimal(body, version="1.0")))[-1]

    assert item.categories == (
        wxr.TermRef("category", "nieuws", "Nieuws"),
        wxr.TermRef("category", "", "Oud archief"),
    )
    assert item.tags == (wxr.TermRef("post_tag", "", "buren"),)


def test_postmeta_keeps_the_first_value_of_a_key(tmp_path):
    meta = "<wp:postmeta><wp:meta_key>kleur</wp:meta_key><wp:meta_value>{}</wp:meta_value>"
    body = item_xml(
        extra=meta.format("rood") + "</wp:postmeta>" + meta.format("blauw") + "</wp:postmeta>"
    )
    records = read_all(write(tmp_path, minimal(body)))

    assert dict(records[-1].postmeta) == {"kleur": "rood"}
    assert records[-1].parent_id == 0 and records[-1].menu_order == 0


def test_control_characters_from_word_are_left_out_and_counted(tmp_path):
    body = item_xml(
        extra="<content:encoded><![CDATA[Koffie\x0bthee\x08 en taart]]></content:encoded>\n"
    )
    path = write(tmp_path, minimal(body))
    reader = wxr.read(path)
    (item,) = reader.items()
    with open(path, encoding="utf-8") as text_file:
        (from_text,) = wxr.read(text_file).items()

    assert item.content == from_text.content == "Koffiethee en taart"
    assert reader.removed_characters == 2


def test_a_utf16_export_is_read_untouched(tmp_path):
    text = minimal(item_xml(extra="<wp:post_name>cafe-de-buren</wp:post_name>\n"))
    text = text.replace('encoding="UTF-8"', 'encoding="UTF-16"')
    path = write(tmp_path, text.encode("utf-16"))

    (item,) = wxr.read(path).items()
    assert (item.post_id, item.slug) == (7, "cafe-de-buren")


# Bad input -----------------------------------------------------------------------------------


def test_reading_starts_only_when_iterated(tmp_path):
    reader = wxr.read(tmp_path / "bestaat-niet.xml")  # no error yet

    error = failure(reader.source)
    assert str(error) == (
        "Het bestand bestaat-niet.xml is niet te openen. "
        "Controleer of het bestaat en of het te lezen is."
    )
    assert error.line is None


@pytest.mark.parametrize(
    ("content", "message", "line"),
    [
        (
            b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n",
            "Regel 1: dit is geen XML-bestand. Een WordPress-export is een XML-bestand dat u "
            "maakt via Gereedschap → Exporteren.",
            1,
        ),
        (
            b"",
            "Het bestand is leeg. Maak in WordPress opnieuw een export via "
            "Gereedschap → Exporteren.",
            None,
        ),
        (
            b'<?xml version="1.0"?>\n<note>\n<to>Jan</to>\n</note>\n',
            "Regel 2: dit is geen WordPress-export: het bestand begint met <note> in plaats "
            "van <rss>.",
            2,
        ),
        (
            b"<html><head><title>VMCA</title></head><body><p>Welkom</body></html>",
            "Regel 1: dit is een webpagina (HTML), geen WordPress-export. Maak de export in "
            "WordPress via Gereedschap → Exporteren.",
            1,
        ),
        (
            b"<!DOCTYPE html>\n<html><body><p>Welkom</p></body></html>",
            "Regel 1: dit is een webpagina (HTML), geen WordPress-export. Maak de export in "
            "WordPress via Gereedschap → Exporteren.",
            1,
        ),
        (
            b'<?xml version="1.0"?>\n<rss version="2.0">\n\n<channel>\n<title>Nieuws</title>\n'
            b"<item><title>Een</title></item>\n</channel>\n</rss>\n",
            "Regel 4: dit is een gewone RSS-feed, geen WordPress-export. Maak de export in "
            "WordPress via Gereedschap → Exporteren.",
            4,
        ),
        (
            b'<?xml version="1.0"?>\n<rss xmlns:wp="http://wordpress.org/export/1.2/"></rss>\n',
            "Dit is geen WordPress-export: het onderdeel <channel> ontbreekt.",
            None,
        ),
    ],
    ids=["pdf", "empty", "other-xml", "html", "html-doctype", "rss-feed", "no-channel"],
)
def test_a_file_that_is_no_wordpress_export(tmp_path, content, message, line):
    error = failure(write(tmp_path, content))

    assert str(error) == message
    assert error.line == line


def test_a_billion_laughs_is_refused_before_anything_is_expanded(tmp_path):
    entities = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(1, 10)
    ]
    head = "<!DOCTYPE rss [\n" + "\n".join(entities) + "\n]>\n"
    error = failure(write(tmp_path, minimal("<title>&lol9;</title>\n", head=head)))

    assert str(error) == (
        "Regel 2: het bestand bevat een DTD of een eigen definitie van tekens (<!DOCTYPE> of "
        "<!ENTITY>). Een WordPress-export heeft die nooit. Om veiligheidsredenen lezen we dit "
        "bestand niet."
    )
    assert error.line == 2


def test_an_external_entity_is_refused(tmp_path):
    xxe = minimal(
        "<title>&wachtwoord;</title>",
        head='<!DOCTYPE rss [<!ENTITY wachtwoord SYSTEM "file:///etc/passwd">]>\n',
    )
    error = failure(write(tmp_path, xxe))

    assert error.line == 2
    assert "Om veiligheidsredenen lezen we dit bestand niet." in str(error)


def test_broken_xml_names_the_line(export, tmp_path):
    lines = export.path.read_text(encoding="utf-8").splitlines(keepends=True)
    target = next(n for n, line in enumerate(lines) if "<wp:post_id>120</wp:post_id>" in line)
    lines[target] = lines[target].replace("</wp:post_id>", "</wp:post_nummer>")
    error = failure(write(tmp_path, "".join(lines)))

    assert str(error) == (
        f"Regel {target + 1}: het bestand is beschadigd (een onderdeel wordt niet goed "
        "afgesloten). Maak in WordPress opnieuw een export."
    )
    assert error.line == target + 1


def test_a_truncated_export_gives_what_came_before_and_says_where_it_stopped(export, tmp_path):
    text = export.path.read_text(encoding="utf-8")
    cut = text[: text.index("<wp:post_id>120</wp:post_id>")]
    reader = wxr.read(write(tmp_path, cut))
    read = []
    with pytest.raises(wxr.WXRError) as caught:
        for record in reader.items():
            read.append(record.post_id)

    assert read[-1] == 119
    assert len(read) == len([b for b in export.items if b.post_id < 120])
    assert str(caught.value) == (
        f"Regel {cut.count(chr(10)) + 1}: het bestand is beschadigd (het stopt te vroeg, "
        "misschien is het niet helemaal gedownload). Maak in WordPress opnieuw een export."
    )


@pytest.mark.parametrize(
    ("snippet", "reason"),
    [
        (
            "<title>Koffie &nbsp; thee</title>",
            "er staat een onbekende code met een &-teken, zoals &nbsp;",
        ),
        ("<title>Koffie & thee</title>", "er staat een teken dat daar niet mag"),
        ("<title><![CDATA[Koffie</title>", "een tekstblok (CDATA) wordt niet afgesloten"),
    ],
    ids=["entity", "ampersand", "cdata"],
)
def test_other_xml_faults_get_a_plain_reason(tmp_path, snippet, reason):
    text = minimal(item_xml() + f"<item>\n{snippet}\n</item>\n")
    line = text.splitlines().index(snippet) + 1
    error = failure(write(tmp_path, text))

    assert error.line == line
    assert str(error).endswith(
        f"het bestand is beschadigd ({reason}). Maak in WordPress opnieuw een export."
    )


def test_text_after_the_end_and_a_bad_encoding(tmp_path):
    text = minimal()
    after = failure(write(tmp_path, text + "<rss></rss>\n", "after.xml"))
    assert after.line == text.count("\n") + 1
    assert "(na het einde van de export staat nog tekst)" in str(after)
    latin = minimal(item_xml(extra="<wp:post_name>caf\xe9</wp:post_name>\n"))
    encoded = failure(write(tmp_path, latin.encode("latin-1"), "latin.xml"))
    assert encoded.line == latin.splitlines().index("<wp:post_name>caf\xe9</wp:post_name>") + 1
    assert "(er staat een teken dat daar niet mag)" in str(encoded)


@pytest.mark.parametrize(
    ("extra", "post_id", "message"),
    [
        ("", "abc", 'het nummer in <wp:post_id> is geen geheel getal ("abc").'),
        ("", "", "een item heeft geen nummer (<wp:post_id>)."),
        (
            "<wp:post_parent>tien</wp:post_parent>\n",
            "7",
            'het nummer in <wp:post_parent> is geen geheel getal ("tien").',
        ),
        (
            "<wp:post_date_gmt>2024-13-45 10:00:00</wp:post_date_gmt>\n",
            "7",
            'de datum in <wp:post_date_gmt> klopt niet ("2024-13-45 10:00:00").',
        ),
    ],
    ids=["id-text", "id-missing", "parent", "date"],
)
def test_a_field_that_cannot_be_read_names_the_item_line(tmp_path, extra, post_id, message):
    text = minimal(item_xml() + item_xml(post_id, extra=extra))
    line = [n for n, row in enumerate(text.splitlines(), start=1) if row == "<item>"][1]
    error = failure(write(tmp_path, text))

    assert str(error) == f"Regel {line}: {message}"
    assert error.line == line


def test_an_unreadable_pub_date_is_no_date(tmp_path):
    text = minimal(item_xml(extra="<pubDate>gisteren</pubDate>\n"))

    assert read_all(write(tmp_path, text))[-1].pub_date is None


def test_the_builder_is_deterministic(export, tmp_path):
    again = builder.build_export(tmp_path / "again.xml")

    assert again.path.read_bytes() == export.path.read_bytes()


def test_write_uploads_gives_the_files_of_the_attachments(export, tmp_path):
    from PIL import Image

    written = builder.write_uploads(export, tmp_path, skip=("training-gesprek.jpg",))
    names = sorted(path.relative_to(tmp_path).as_posix() for path in written)

    assert "2023/02/training-gesprek.jpg" not in names
    assert len(names) == 11  # 5 images with their medium size, the PDF
    with Image.open(tmp_path / "2024/07/mantelzorgcafe.jpg") as image:
        assert image.size == (1200, 800)
    with Image.open(tmp_path / "2024/07/mantelzorgcafe-800x533.jpg") as image:
        assert image.size == (800, 533)
    assert (tmp_path / "2025/04/jaarverslag-2024.pdf").read_bytes().startswith(b"%PDF-1.4")
    duplicate = export.with_feature("duplicate")
    assert (tmp_path / duplicate.file).read_bytes() == (
        tmp_path / "2023/01/koffieochtend.jpg"
    ).read_bytes()


# A big export --------------------------------------------------------------------------------


@pytest.mark.slow
def test_memory_stays_bounded_on_a_big_export(tmp_path):
    """An export of ~10 MB is read with a peak of well under 1 MB of Python memory, the same
    as one a quarter of its size: memory does not grow with the file. (A 100 MB export of
    20,000 posts and 2,000 attachments: ~2 s, peak 0.2 MB traced; see the report.)"""

    def peak(posts):
        big = builder.build_big_export(
            tmp_path / f"big-{posts}.xml", posts=posts, attachments=posts // 10, paragraphs=12
        )
        tracemalloc.start()
        try:
            started = time.perf_counter()
            summary = wxr.summary(big.path)
            seconds = time.perf_counter() - started
            return big, summary, tracemalloc.get_traced_memory()[1], seconds
        finally:
            tracemalloc.stop()

    small, small_summary, small_peak, _ = peak(500)
    big, big_summary, big_peak, seconds = peak(2000)

    assert big.size > 9_000_000
    assert big_summary.items["post"] == 2000
    assert big_summary.items["attachment"] == 200
    assert small_summary.items["post"] == 500
    assert big_peak < 1_000_000
    assert big_peak < 2 * small_peak
    assert seconds < 8
