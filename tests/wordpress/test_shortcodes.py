"""WordPress shortcodes: known ones become HTML the block conversion understands, unknown
ones are removed (their text kept when they wrap text) and reported, escaped ones stay."""

import pytest

from cms.wordpress import shortcodes


def run(text):
    found = []
    out = shortcodes.process(
        text, report=lambda kind, name, excerpt: found.append((kind, name, excerpt))
    )
    return out, found


def test_text_without_shortcodes_is_unchanged():
    text = "<p>Mantelzorgers in Almere [1] krijgen hulp.</p>"

    assert run(text) == (text, [])


def test_attributes_are_read_as_wordpress_reads_them():
    attrs = shortcodes.parse_attrs(' id="5" Title=\'Aanmelden\' width=300 "los" align="none"')

    assert attrs == {"id": "5", "title": "Aanmelden", "width": "300", 0: "los", "align": "none"}


def test_caption_becomes_a_figure_with_its_image_and_caption():
    text = (
        '[caption id="attachment_12" align="alignnone" width="300"]'
        '<a href="/koffie.jpg"><img class="wp-image-12" src="/koffie.jpg" alt="Koffie" /></a>'
        " Koffie in het buurthuis[/caption]"
    )

    out, found = run(text)

    assert out == (
        '<figure class="wp-caption" data-attachment-id="12">'
        '<a href="/koffie.jpg"><img class="wp-image-12" src="/koffie.jpg" alt="Koffie" /></a>'
        "<figcaption>Koffie in het buurthuis</figcaption></figure>"
    )
    assert found == []


def test_old_caption_attribute_is_used_as_the_caption():
    out, _ = run(
        '[caption id="attachment_3" caption="Samen wandelen"]<img src="/w.jpg" />[/caption]'
    )

    assert out == (
        '<figure class="wp-caption" data-attachment-id="3"><img src="/w.jpg" />'
        "<figcaption>Samen wandelen</figcaption></figure>"
    )


def test_embed_and_youtube_video_become_an_embed_figure():
    embed, _ = run("[embed]https://www.youtube.com/watch?v=aqz-KE-bpKQ&t=3[/embed]")
    video, _ = run('[video src="https://vimeo.com/76979871"]')

    assert embed == (
        '<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">'
        "https://www.youtube.com/watch?v=aqz-KE-bpKQ&amp;t=3</div></figure>"
    )
    assert video == (
        '<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">'
        "https://vimeo.com/76979871</div></figure>"
    )


def test_uploaded_video_and_audio_become_media_elements():
    video, _ = run(
        '[video width="640" mp4="https://vmca.nl/wp-content/uploads/uitleg.mp4"][/video]'
    )
    audio, _ = run('[audio mp3="https://vmca.nl/wp-content/uploads/podcast.mp3"]')

    assert video == '<video src="https://vmca.nl/wp-content/uploads/uitleg.mp4"></video>'
    assert audio == '<audio src="https://vmca.nl/wp-content/uploads/podcast.mp3"></audio>'


def test_gallery_becomes_images_by_attachment_id():
    out, found = run('[gallery columns="2" ids="12, 13"]')

    assert out == (
        '<figure class="wp-block-gallery">'
        '<figure class="wp-block-image"><img class="wp-image-12" data-id="12"/></figure>'
        '<figure class="wp-block-image"><img class="wp-image-13" data-id="13"/></figure>'
        "</figure>"
    )
    assert found == []


def test_gallery_without_ids_is_removed_and_reported():
    out, found = run("Foto's: [gallery]")

    assert out == "Foto's: "
    assert found == [("gallery_without_ids", "gallery", "[gallery]")]


def test_unknown_shortcode_is_removed_and_reported():
    out, found = run('<p>Meld u aan: [contact-form-7 id="5" title="Aanmelden maatje"]</p>')

    assert out == "<p>Meld u aan: </p>"
    assert found == [
        ("shortcode", "contact-form-7", '[contact-form-7 id="5" title="Aanmelden maatje"]')
    ]


def test_unknown_wrapping_shortcodes_keep_their_text():
    out, found = run("[vc_row][vc_column]Word vrijwilliger in Almere Haven.[/vc_column][/vc_row]")

    assert out == "Word vrijwilliger in Almere Haven."
    assert [(kind, name) for kind, name, _ in found] == [
        ("shortcode_unwrapped", "vc_row"),
        ("shortcode_unwrapped", "vc_column"),
    ]


def test_self_closing_unknown_shortcode_is_removed():
    out, found = run("Voor [wpforms_form /] na")

    assert out == "Voor  na"
    assert found == [("shortcode", "wpforms_form", "[wpforms_form /]")]


def test_escaped_shortcodes_stay_as_text_with_one_bracket_pair_less():
    out, found = run("Typ [[caption]] of [[embed]adres[/embed]] om iets in te voegen.")

    assert out == "Typ [caption] of [embed]adres[/embed] om iets in te voegen."
    assert found == []


def test_a_bare_word_in_brackets_stays_but_is_reported():
    out, found = run("Hij schreef 'mantelzorgen' [sic] en [1].")

    assert out == "Hij schreef 'mantelzorgen' [sic] en [1]."
    assert found == [("possible_shortcode", "sic", "[sic]")]


def test_the_excerpt_is_short_and_on_one_line():
    long_text = "[plugin_box " + " ".join(f'veld{n}="waarde"' for n in range(30)) + "]"

    _, found = run(long_text)

    excerpt = found[0][2]
    assert len(excerpt) == shortcodes.EXCERPT_LENGTH
    assert excerpt.startswith('[plugin_box veld0="waarde"') and excerpt.endswith("…")


@pytest.mark.parametrize("text", ["", None])
def test_empty_input_gives_empty_text(text):
    assert shortcodes.process(text) == ""
