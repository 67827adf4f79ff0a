# The samples are WordPress HTML as the export has it: long lines.
# ruff: noqa: E501
"""WordPress post HTML (classic and block editor) to the body blocks of a page.

The resolver here is a fake with a few known addresses and attachments; the importer will
bring the real one. Each test checks the exact blocks and problems for known input.
"""

import re

import pytest
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter

from cms.blocks import RICH_TEXT_FEATURES, BaseStreamBlock
from cms.wordpress.html_blocks import (
    MESSAGES,
    Problem,
    Resolver,
    convert,
    original_upload_url,
    parse_blocks,
    stream_data,
    wpautop,
)
from tests import factories as f

UPLOADS = "https://www.vmca.nl/wp-content/uploads/2024/05"


class FakeResolver(Resolver):
    """Attachments 12 and 13 and their files are images 501 and 502 (unless `images` says
    otherwise); the old "over ons" page is page 3, the folder is document 9, the
    municipality is external."""

    def __init__(self, images=None, alts=None):
        self.images = images or {
            12: 501,
            f"{UPLOADS}/koffie.jpg": 502,
        }
        self.alts = alts or {}
        self.asked = []

    def image(self, ref):
        self.asked.append(ref)
        return self.images.get(ref)

    def link(self, url):
        return {
            "https://www.vmca.nl/over-ons/": ("page", 3),
            f"{UPLOADS}/folder-mantelzorg.pdf": ("document", 9),
            "https://www.almere.nl/": ("external", "https://www.almere.nl/"),
        }.get(url)

    def image_alt(self, image_id):
        return self.alts.get(image_id, "")


def run(html, editor="auto", **resolver):
    return convert(html, resolver=FakeResolver(**resolver), editor=editor, item="post 77")


def kinds(problems):
    return [(problem.kind, problem.name) for problem in problems]


CLASSIC = f"""Mantelzorgers in Almere doen <strong>heel veel</strong> voor een ander.&nbsp;
Soms is het even te veel.

Dan helpt <a href="https://www.vmca.nl/over-ons/">het Steunpunt Mantelzorg</a>. Lees de <a href="{UPLOADS}/folder-mantelzorg.pdf">folder</a>.
<h2>Word vrijwilliger</h2>
<p>&nbsp;</p>
[caption id="attachment_12" align="alignnone" width="300"]<a href="{UPLOADS}/maatjes.jpg"><img class="size-medium wp-image-12" src="{UPLOADS}/maatjes-300x200.jpg" alt="Twee maatjes op een bankje" width="300" height="200" /></a> Maatjes in Almere Buiten[/caption]

https://www.youtube.com/watch?v=aqz-KE-bpKQ

<h4>Wat kunt u doen?</h4>
<ul>
 \t<li>Boodschappen doen</li>
 \t<li>Samen <em>wandelen</em> in het park</li>
</ul>
<blockquote>Elke dinsdag drink ik koffie met Anna.
<cite>Joke, vrijwilliger in Almere Haven</cite></blockquote>
[contact-form-7 id="5" title="Aanmelden"]
<script>trackVisitor();</script>"""


def test_a_classic_post_becomes_paragraphs_headings_image_video_list_and_testimonial():
    blocks, problems = run(CLASSIC)

    assert blocks == [
        (
            "paragraph",
            "<p>Mantelzorgers in Almere doen <b>heel veel</b> voor een ander.<br/>"
            "Soms is het even te veel.</p>"
            '<p>Dan helpt <a linktype="page" id="3">het Steunpunt Mantelzorg</a>. '
            'Lees de <a linktype="document" id="9">folder</a>.</p>',
        ),
        ("heading", {"text": "Word vrijwilliger", "level": "h2"}),
        (
            "image",
            {
                "image": {
                    "image": 501,
                    "decorative": False,
                    "alt_text": "Twee maatjes op een bankje",
                },
                "caption": "Maatjes in Almere Buiten",
            },
        ),
        (
            "video",
            {
                "url": "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
                "title": "Video op YouTube",
                "transcript": "",
            },
        ),
        ("heading", {"text": "Wat kunt u doen?", "level": "h3"}),
        (
            "paragraph",
            "<ul><li>Boodschappen doen</li><li>Samen <i>wandelen</i> in het park</li></ul>",
        ),
        (
            "testimonial",
            {
                "quote": "Elke dinsdag drink ik koffie met Anna.",
                "name": "Joke",
                "context": "vrijwilliger in Almere Haven",
                "image": None,
            },
        ),
    ]
    assert kinds(problems) == [("shortcode", "contact-form-7"), ("script", "script")]
    assert problems[0] == Problem(
        "shortcode", "contact-form-7", '[contact-form-7 id="5" title="Aanmelden"]', "post 77"
    )
    assert problems[1].excerpt == "<script>trackVisitor();</script>"


BLOCK_EDITOR = f"""<!-- wp:paragraph -->
<p>Bent u <strong>mantelzorger</strong> in Almere? <a href="https://www.almere.nl/">De gemeente</a> en <a href="https://www.vmca.nl/oud-bericht/">dit oude bericht</a> helpen verder.</p>
<!-- /wp:paragraph -->

<!-- wp:paragraph -->
<p></p>
<!-- /wp:paragraph -->

<!-- wp:heading {{"level":1}} -->
<h1 class="wp-block-heading">Samen sterk</h1>
<!-- /wp:heading -->

<!-- wp:heading {{"level":5}} -->
<h5 class="wp-block-heading">Wat doet een maatje?</h5>
<!-- /wp:heading -->

<!-- wp:list -->
<ul class="wp-block-list"><!-- wp:list-item -->
<li>Boodschappen doen</li>
<!-- /wp:list-item -->

<!-- wp:list-item -->
<li>Een <em>wandeling</em> maken<!-- wp:list {{"ordered":true}} -->
<ol class="wp-block-list"><!-- wp:list-item -->
<li>In het Weerwaterpark</li>
<!-- /wp:list-item --></ol>
<!-- /wp:list --></li>
<!-- /wp:list-item --></ul>
<!-- /wp:list -->

<!-- wp:image {{"id":12,"sizeSlug":"large"}} -->
<figure class="wp-block-image size-large"><img src="{UPLOADS}/maatjes-1024x683.jpg" alt="Twee maatjes op een bankje" class="wp-image-12"/><figcaption class="wp-element-caption">Maatjes in Almere Buiten</figcaption></figure>
<!-- /wp:image -->

<!-- wp:embed {{"url":"https://youtu.be/aqz-KE-bpKQ","type":"video","providerNameSlug":"youtube"}} -->
<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube"><div class="wp-block-embed__wrapper">
https://youtu.be/aqz-KE-bpKQ
</div><figcaption class="wp-element-caption">Zo werkt het maatjesproject</figcaption></figure>
<!-- /wp:embed -->

<!-- wp:quote -->
<blockquote class="wp-block-quote"><!-- wp:paragraph -->
<p>Ik had nooit gedacht dat ik zoveel zou leren.</p>
<!-- /wp:paragraph --><cite>Ahmed, vrijwilliger in Almere Poort</cite></blockquote>
<!-- /wp:quote -->

<!-- wp:quote -->
<blockquote class="wp-block-quote"><!-- wp:paragraph -->
<p>Zorg ook goed voor uzelf.</p>
<!-- /wp:paragraph --></blockquote>
<!-- /wp:quote -->

<!-- wp:table -->
<figure class="wp-block-table"><table><thead><tr><th>Dag</th><th>Wat</th></tr></thead><tbody><tr><td>Maandag</td><td>Koffieochtend</td></tr><tr><td>Woensdag</td><td><a href="https://www.vmca.nl/over-ons/">Training</a></td></tr></tbody></table><figcaption class="wp-element-caption">Rooster</figcaption></figure>
<!-- /wp:table -->

<!-- wp:separator -->
<hr class="wp-block-separator has-alpha-channel-opacity"/>
<!-- /wp:separator -->

<!-- wp:latest-posts {{"postsToShow":3}} /-->

<!-- wp:kadence/infobox {{"uniqueID":"_a1"}} -->
<div class="kt-info-box"><p>Bel ons gerust.</p></div>
<!-- /wp:kadence/infobox -->"""


def test_a_block_editor_post_becomes_the_same_kinds_of_blocks():
    blocks, problems = run(BLOCK_EDITOR)

    assert blocks == [
        (
            "paragraph",
            "<p>Bent u <b>mantelzorger</b> in Almere? "
            '<a href="https://www.almere.nl/">De gemeente</a> en '
            '<a href="https://www.vmca.nl/oud-bericht/">dit oude bericht</a> helpen verder.</p>',
        ),
        ("heading", {"text": "Samen sterk", "level": "h2"}),
        ("heading", {"text": "Wat doet een maatje?", "level": "h3"}),
        (
            "paragraph",
            "<ul><li>Boodschappen doen</li>"
            "<li>Een <i>wandeling</i> maken<ol><li>In het Weerwaterpark</li></ol></li></ul>",
        ),
        (
            "image",
            {
                "image": {
                    "image": 501,
                    "decorative": False,
                    "alt_text": "Twee maatjes op een bankje",
                },
                "caption": "Maatjes in Almere Buiten",
            },
        ),
        (
            "video",
            {
                "url": "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
                "title": "Zo werkt het maatjesproject",
                "transcript": "",
            },
        ),
        (
            "testimonial",
            {
                "quote": "Ik had nooit gedacht dat ik zoveel zou leren.",
                "name": "Ahmed",
                "context": "vrijwilliger in Almere Poort",
                "image": None,
            },
        ),
        (
            "paragraph",
            "<p><i>Zorg ook goed voor uzelf.</i></p>"
            "<p><b>Rooster</b></p>"
            "<ul><li><b>Dag:</b> Maandag<br/><b>Wat:</b> Koffieochtend</li>"
            '<li><b>Dag:</b> Woensdag<br/><b>Wat:</b> <a linktype="page" id="3">Training</a></li></ul>'
            "<p>Bel ons gerust.</p>",
        ),
    ]
    assert kinds(problems) == [
        ("link_unresolved", "https://www.vmca.nl/oud-bericht/"),
        ("table", "table"),
        ("unknown_block_removed", "core/latest-posts"),
        ("unknown_block", "kadence/infobox"),
    ]
    assert problems[2].excerpt == '<!-- wp:latest-posts {"postsToShow":3} /-->'
    assert {problem.item for problem in problems} == {"post 77"}


@pytest.mark.django_db
@pytest.mark.parametrize("sample", [CLASSIC, BLOCK_EDITOR], ids=["classic", "block editor"])
def test_the_blocks_validate_and_render_on_a_page(client, sample):
    first, second = f.make_image("Maatjes"), f.make_image("Koffie")
    page_3, document = f.standard_page(title="Over ons"), f.make_document()
    resolver = FakeResolver(images={12: first.pk, f"{UPLOADS}/koffie.jpg": second.pk})
    resolver.link = lambda url: {
        "https://www.vmca.nl/over-ons/": ("page", page_3.pk),
        f"{UPLOADS}/folder-mantelzorg.pdf": ("document", document.pk),
    }.get(url)
    blocks, _ = convert(sample, resolver=resolver)

    stream_block = BaseStreamBlock()
    value = stream_block.clean(stream_block.to_python(stream_data(blocks)))
    page = f.standard_page(title="Mantelzorg in Almere", body=stream_data(blocks))
    response = client.get(page.url)

    assert [child.block_type for child in value] == [block_type for block_type, _ in blocks]
    assert response.status_code == 200
    html = response.content.decode()
    assert "youtube-nocookie.com/embed/aqz-KE-bpKQ" in html
    assert 'alt="Twee maatjes op een bankje"' in html
    assert f'href="{page_3.url}"' in html


@pytest.mark.django_db
@pytest.mark.parametrize("sample", [CLASSIC, BLOCK_EDITOR], ids=["classic", "block editor"])
def test_the_rich_text_survives_the_editor_unchanged(sample):
    """Wagtail's editor (contentstate, with the site's features) reads the rich text and
    writes it back the same: nothing in it is outside RICH_TEXT_FEATURES."""
    converter = ContentstateConverter(features=RICH_TEXT_FEATURES)
    blocks, _ = run(sample)

    for block_type, value in blocks:
        if block_type == "paragraph":
            back = converter.to_database_format(converter.from_database_format(value))
            assert re.sub(r' data-block-key="[^"]*"', "", back) == value


def test_wpautop_makes_paragraphs_and_line_breaks_as_wordpress_does():
    assert wpautop("Eerste regel\ntweede regel\n\nNieuwe alinea\n<ul>\n<li>punt</li>\n</ul>") == (
        "<p>Eerste regel<br />\ntweede regel</p>\n<p>Nieuwe alinea</p>\n<ul>\n<li>punt</li>\n</ul>\n"
    )
    assert wpautop("<pre>a\n\nb</pre>") == "<pre>a\n\nb</pre>\n"


def test_editor_can_be_chosen_and_must_be_known():
    html = "<!-- wp:paragraph --><p>Een</p><!-- /wp:paragraph -->\n\nTwee"

    assert run(html, editor="classic")[0] == [("paragraph", "<p>Een</p><p>Twee</p>")]
    assert run("Een\n\nTwee", editor="block")[0] == [("paragraph", "<p>Een</p><p>Twee</p>")]
    with pytest.raises(ValueError, match="editor"):
        run("Een", editor="gutenberg")


def test_the_block_parser_keeps_nesting_attributes_and_void_blocks():
    parts = parse_blocks(
        '<!-- wp:group --><div><!-- wp:image {"id":12} --><figure></figure>'
        '<!-- /wp:image --></div><!-- /wp:group -->los<!-- wp:block {"ref":4} /-->'
    )

    group, loose, reusable = parts
    assert (group.name, group.parts[0], group.parts[2]) == ("core/group", "<div>", "</div>")
    assert (group.parts[1].name, group.parts[1].attrs) == ("core/image", {"id": 12})
    assert loose == "los"
    assert (reusable.name, reusable.attrs, reusable.parts) == ("core/block", {"ref": 4}, [])


# Text --------------------------------------------------------------------------------


def test_unsupported_tags_are_unwrapped_and_their_text_kept():
    blocks, problems = run(
        '<p><span style="color:red"><u>Let op</u></span>: <font face="Arial">de</font> '
        "<mark>training</mark> is <sup>op</sup> <code>dinsdag</code>.</p>"
        "<div><section><h6>Klein</h6></section></div>"
    )

    assert blocks == [
        ("paragraph", "<p>Let op: de training is op dinsdag.</p>"),
        ("heading", {"text": "Klein", "level": "h3"}),
    ]
    assert problems == []


def test_empty_paragraphs_and_separators_are_dropped():
    blocks, problems = run(
        "<p>&nbsp;</p><p> </p><p><br></p><p><strong> </strong></p><hr>"
        "<p>Tekst</p><!-- wp:spacer --><div></div><!-- /wp:spacer --><p></p>",
        editor="classic",
    )

    assert blocks == [("paragraph", "<p>Tekst</p>")]
    assert problems == []


def test_a_comment_inside_text_does_not_split_it():
    blocks, _ = run("<div>Lees verder <!--more--> over de Kas.</div>", editor="classic")

    assert blocks == [("paragraph", "<p>Lees verder over de Kas.</p>")]


def test_bold_and_italic_become_b_and_i_without_doubles():
    blocks, _ = run("<p><strong>Vet <b>dubbel</b></strong> en <em><i>schuin</i> </em>tekst</p>")

    assert blocks == [("paragraph", "<p><b>Vet dubbel</b> en <i>schuin</i> tekst</p>")]


def test_a_very_long_heading_becomes_bold_text_and_is_reported():
    text = "Alles wat u wilt weten over " + "vrijwilligerswerk " * 8

    blocks, problems = run(f"<h2>{text}</h2>")

    assert blocks == [("paragraph", f"<p><b>{text.strip()}</b></p>")]
    assert kinds(problems) == [("heading_too_long", "h2")]


def test_preformatted_text_keeps_its_lines():
    blocks, _ = run("<pre>Maandag  10.00\nDinsdag 14.00</pre>")

    assert blocks == [("paragraph", "<p>Maandag 10.00<br/>Dinsdag 14.00</p>")]


# Links -------------------------------------------------------------------------------


def test_links_become_page_document_and_external_links_and_unknown_ones_are_reported():
    blocks, problems = run(
        '<p><a href="https://www.vmca.nl/over-ons/">Over ons</a>, '
        f'<a href="{UPLOADS}/folder-mantelzorg.pdf">de folder</a>, '
        '<a href="https://www.almere.nl/">de gemeente</a>, '
        '<a href="https://www.vmca.nl/?p=123">een oud bericht</a> en '
        '<a href="https://www.vmca.nl/?p=123">nog eens</a>.</p>'
    )

    assert blocks == [
        (
            "paragraph",
            '<p><a linktype="page" id="3">Over ons</a>, '
            '<a linktype="document" id="9">de folder</a>, '
            '<a href="https://www.almere.nl/">de gemeente</a>, '
            '<a href="https://www.vmca.nl/?p=123">een oud bericht</a> en '
            '<a href="https://www.vmca.nl/?p=123">nog eens</a>.</p>',
        )
    ]
    assert kinds(problems) == [("link_unresolved", "https://www.vmca.nl/?p=123")]


def test_unsafe_links_and_anchors_keep_only_their_text():
    blocks, problems = run(
        '<p><a href="javascript:alert(1)">Klik</a> <a name="top">hier</a> <a href="">leeg</a></p>'
    )

    assert blocks == [("paragraph", "<p>Klik hier leeg</p>")]
    assert kinds(problems) == [("link_removed", "javascript:alert(1)")]


def test_a_resolver_that_gives_an_unknown_kind_is_an_error():
    class Broken(FakeResolver):
        def link(self, url):
            return ("image", 4)

    with pytest.raises(ValueError, match="unknown kind"):
        convert('<p><a href="/x">x</a></p>', resolver=Broken())


# Images ------------------------------------------------------------------------------


def test_an_image_is_found_by_its_attachment_id_first():
    resolver = FakeResolver()

    blocks, _ = convert(
        f'<img class="alignleft wp-image-12" src="{UPLOADS}/koffie.jpg" alt="Koffie">',
        resolver=resolver,
    )

    assert blocks[0][1]["image"]["image"] == 501
    assert resolver.asked == [12]


def test_a_resized_copy_is_found_by_its_original_file():
    resolver = FakeResolver()

    blocks, _ = convert(f'<img src="{UPLOADS}/koffie-300x200.jpg" alt="Koffie">', resolver=resolver)

    assert blocks == [
        (
            "image",
            {"image": {"image": 502, "decorative": False, "alt_text": "Koffie"}, "caption": ""},
        )
    ]
    assert resolver.asked == [f"{UPLOADS}/koffie-300x200.jpg", f"{UPLOADS}/koffie.jpg"]
    assert original_upload_url(f"{UPLOADS}/foto-scaled.jpeg") == f"{UPLOADS}/foto.jpeg"


def test_an_image_inside_a_paragraph_splits_it():
    blocks, _ = run(
        f'<p>Voor de foto <a href="{UPLOADS}/koffie.jpg"><img src="{UPLOADS}/koffie.jpg" '
        'alt="Koffie"></a> en erna.</p>'
    )

    assert [block_type for block_type, _ in blocks] == ["paragraph", "image", "paragraph"]
    assert blocks[0] == ("paragraph", "<p>Voor de foto</p>")
    assert blocks[2] == ("paragraph", "<p>en erna.</p>")


def test_an_image_that_cannot_be_found_is_left_out_and_reported():
    blocks, problems = run(f'<p><img src="{UPLOADS}/weg.jpg" alt="Weg"></p><p>Tekst</p>')

    assert blocks == [("paragraph", "<p>Tekst</p>")]
    assert kinds(problems) == [("image_not_found", f"{UPLOADS}/weg.jpg")]


def test_missing_alt_text_comes_from_the_attachment_then_the_caption_else_decorative():
    figure = (
        '<figure class="wp-block-image"><img class="wp-image-12" src="/a.jpg" alt="">{}</figure>'
    )

    from_attachment, _ = run(figure.format(""), alts={501: "Vrijwilligers bij de Kas"})
    from_caption, _ = run(figure.format("<figcaption>Open dag</figcaption>"))
    decorative, problems = run(figure.format(""))

    assert from_attachment[0][1]["image"]["alt_text"] == "Vrijwilligers bij de Kas"
    assert from_caption[0][1] == {
        "image": {"image": 501, "decorative": False, "alt_text": "Open dag"},
        "caption": "Open dag",
    }
    assert decorative[0][1]["image"] == {"image": 501, "decorative": True, "alt_text": ""}
    assert kinds(problems) == [("image_without_alt", "/a.jpg")]


def test_a_long_caption_is_shortened_and_reported():
    caption = "Een middag vol verhalen " * 15

    blocks, problems = run(
        f'[caption id="attachment_12"]<img src="/x.jpg" alt="Verhalen"> {caption}[/caption]'
    )

    shortened = blocks[0][1]["caption"]
    assert len(shortened) <= 250 and shortened.endswith("…")
    assert caption.startswith(shortened.removesuffix("…") + " ")
    assert kinds(problems) == [("caption_too_long", "/x.jpg")]


def test_a_gallery_becomes_one_image_block_per_image():
    blocks, problems = run(
        '[gallery ids="12,13"]',
        images={12: 501, 13: 502},
        alts={501: "Koffie", 502: "Taart"},
    )

    assert blocks == [
        (
            "image",
            {"image": {"image": 501, "decorative": False, "alt_text": "Koffie"}, "caption": ""},
        ),
        (
            "image",
            {"image": {"image": 502, "decorative": False, "alt_text": "Taart"}, "caption": ""},
        ),
    ]
    assert problems == []


# Video and embeds --------------------------------------------------------------------


@pytest.mark.parametrize(
    "html",
    [
        '<iframe src="https://www.youtube.com/embed/aqz-KE-bpKQ?feature=oembed" title="Uitleg"></iframe>',
        "[embed]https://www.youtube.com/watch?v=aqz-KE-bpKQ[/embed]",
        '[video src="https://youtu.be/aqz-KE-bpKQ"]',
        "Kijk hier:\n\nhttps://youtu.be/aqz-KE-bpKQ\n",
        '<!-- wp:core-embed/youtube {"url":"https://www.youtube.com/watch?v=aqz-KE-bpKQ"} -->\n'
        '<figure class="wp-block-embed-youtube"></figure>\n<!-- /wp:core-embed/youtube -->',
    ],
    ids=["iframe", "embed shortcode", "video shortcode", "address alone on a line", "old embed"],
)
def test_every_way_of_embedding_youtube_becomes_a_video_block(html):
    blocks, problems = run(html)

    videos = [value for block_type, value in blocks if block_type == "video"]
    assert [video["url"] for video in videos] == ["https://www.youtube.com/watch?v=aqz-KE-bpKQ"]
    assert problems == []


def test_vimeo_becomes_a_video_block_with_the_vimeo_address():
    blocks, _ = run('<iframe src="https://player.vimeo.com/video/76979871?h=1"></iframe>')

    assert blocks == [
        (
            "video",
            {"url": "https://vimeo.com/76979871", "title": "Video op Vimeo", "transcript": ""},
        )
    ]


def test_other_embeds_become_a_link_and_are_reported():
    blocks, problems = run(
        '<!-- wp:embed {"url":"https://www.almere.nl/","providerNameSlug":"wordpress"} -->\n'
        '<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">'
        "https://www.almere.nl/</div></figure>\n<!-- /wp:embed -->"
    )

    assert blocks == [
        ("paragraph", '<p><a href="https://www.almere.nl/">https://www.almere.nl/</a></p>')
    ]
    assert kinds(problems) == [("embed_unsupported", "www.almere.nl")]


def test_an_uploaded_video_becomes_a_link_to_the_file_and_is_reported():
    blocks, problems = run(f'<p>Bekijk [video mp4="{UPLOADS}/folder-mantelzorg.pdf"]</p>')

    assert blocks == [
        ("paragraph", '<p>Bekijk <a linktype="document" id="9">folder-mantelzorg.pdf</a></p>')
    ]
    assert kinds(problems) == [("media_unsupported", "video")]


# Removed content ---------------------------------------------------------------------


def test_scripts_styles_forms_and_other_iframes_are_removed_and_reported():
    blocks, problems = run(
        "<p>Meld u aan.</p><style>p{color:red}</style>"
        '<form action="/x"><input name="naam"><button>Verstuur</button></form>'
        '<p>Kaart: <iframe src="https://www.google.com/maps/embed?pb=1"></iframe></p>'
        '<object data="x.swf"></object><script src="https://tracker.example/t.js"></script>'
    )

    assert blocks == [("paragraph", "<p>Meld u aan.</p><p>Kaart:</p>")]
    assert kinds(problems) == [
        ("script", "style"),
        ("form", "form"),
        ("iframe", "www.google.com"),
        ("object", "object"),
        ("script", "script"),
    ]
    assert [problem.message for problem in problems][0] == MESSAGES["script"]


def test_unknown_and_dynamic_blocks_are_reported():
    blocks, problems = run(
        '<!-- wp:block {"ref":42} /-->'
        "<!-- wp:acme/slider --><div><p>Dia één</p><script>slide()</script></div><!-- /wp:acme/slider -->"
        "<!-- wp:more --><!--more--><!-- /wp:more -->"
    )

    assert blocks == [("paragraph", "<p>Dia één</p>")]
    assert kinds(problems) == [
        ("unknown_block_removed", "core/block"),
        ("script", "script"),
        ("unknown_block", "acme/slider"),
    ]


# Quotes and tables -------------------------------------------------------------------


def test_a_quote_signed_with_a_dash_is_a_testimonial():
    blocks, _ = run(
        "<blockquote><p>Ik voel me minder alleen.</p><p>Sinds kort help ik zelf.</p>"
        "<p>— Anna</p></blockquote>"
    )

    assert blocks == [
        (
            "testimonial",
            {
                "quote": "Ik voel me minder alleen.\n\nSinds kort help ik zelf.",
                "name": "Anna",
                "context": "",
                "image": None,
            },
        )
    ]


def test_a_quote_too_long_for_a_testimonial_stays_as_italic_text():
    quote = "Mantelzorg is zwaar, maar ook mooi. " * 20

    blocks, problems = run(f"<blockquote><p>{quote}</p><cite>Fatima</cite></blockquote>")

    assert blocks == [("paragraph", f"<p><i>{quote.strip()}</i></p><p>— Fatima</p>")]
    assert kinds(problems) == [("quote_too_long", "blockquote")]


def test_a_table_without_a_header_becomes_a_list_of_rows():
    blocks, problems = run(
        "<table><tr><td>Almere Haven</td><td><b>De Marken</b></td><td></td></tr>"
        "<tr><td>Almere Buiten</td><td>De Schoor</td><td>open</td></tr></table>"
    )

    assert blocks == [
        (
            "paragraph",
            "<ul><li>Almere Haven – <b>De Marken</b></li>"
            "<li>Almere Buiten – De Schoor – open</li></ul>",
        )
    ]
    assert kinds(problems) == [("table", "table")]


def test_a_layout_table_of_one_cell_is_just_its_content():
    blocks, problems = run(
        "<table><tr><td><h2>Welkom</h2><p>Fijn dat u er bent.</p></td></tr></table>"
    )

    assert blocks == [
        ("heading", {"text": "Welkom", "level": "h2"}),
        ("paragraph", "<p>Fijn dat u er bent.</p>"),
    ]
    assert problems == []
