"""StreamField blocks shared by every content page.

Each block renders with its own template in templates/blocks/ and has a
preview value, so editors see an example in the block picker.
"""

from urllib.parse import parse_qs, urlparse

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock, ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from .figures import (
    live_figure,
    live_figure_choices,
    local_today,
    needs_period,
    period_choices,
)

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Tekst"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Niveau"),
        choices=[("h2", _("Kop (niveau 2)")), ("h3", _("Tussenkop (niveau 3)"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Kop")
        template = "blocks/heading_block.html"
        description = _("Een kop boven een nieuw stuk tekst.")
        preview_value = {"text": "Zo helpt u een buur", "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Tekst")
        template = "blocks/paragraph_block.html"
        description = _("Gewone tekst met vet, cursief, links en lijstjes.")
        preview_value = (
            "<p>Een buurman die boodschappen doet. Een buurvrouw die even belt. "
            "Kleine hulp maakt <b>een groot verschil</b>.</p>"
        )


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageBlock(label=_("Afbeelding"))
    caption = blocks.CharBlock(label=_("Onderschrift"), required=False, max_length=250)

    def get_preview_value(self):
        # A preview needs a real image: show the newest one in the library, if there is one.
        from wagtail.images import get_image_model

        image = get_image_model().objects.order_by("-pk").first()
        if image is None:
            return self.get_default()
        return self.to_python(
            {
                "image": {"image": image.pk, "decorative": False, "alt_text": image.title},
                "caption": "Samen koffie drinken in het buurthuis.",
            }
        )

    class Meta:
        icon = "image"
        label = _("Afbeelding")
        template = "blocks/image_block.html"
        description = _("Een afbeelding met beschrijving voor schermlezers en een onderschrift.")


class TestimonialBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Citaat"), max_length=600)
    name = blocks.CharBlock(label=_("Naam"), max_length=80)
    context = blocks.CharBlock(
        label=_("Wie is het?"),
        required=False,
        max_length=120,
        help_text=_("Bijvoorbeeld: mantelzorger in Almere Haven."),
    )
    image = ImageChooserBlock(label=_("Foto"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Ervaring uit de wijk")
        template = "blocks/testimonial_block.html"
        description = _("Een citaat van een vrijwilliger, mantelzorger of partner.")
        preview_value = {
            "quote": "Elke dinsdag drink ik koffie met Anna. Daar kijk ik de hele week naar uit.",
            "name": "Joke",
            "context": "vrijwilliger in Almere Buiten",
        }


class LinkStructValue(blocks.StructValue):
    # Not called `url`: a StructValue is a dict, and templates look up `value.url` as the
    # child block "url" (the typed-in address) before they would ever call a method.
    def link_url(self):
        """Where the button goes: the chosen page, or else the typed-in address."""
        page = self.get("page")
        if page:
            return page.url
        return self.get("url") or ""


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titel"), max_length=120)
    text = blocks.TextBlock(label=_("Tekst"), required=False, max_length=400)
    button_label = blocks.CharBlock(label=_("Tekst op de knop"), max_length=60)
    page = blocks.PageChooserBlock(label=_("Pagina"), required=False)
    url = blocks.URLBlock(label=_("Of een webadres"), required=False)

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            message = _("Kies een pagina of vul een webadres in, niet allebei.")
            raise blocks.StructBlockValidationError(block_errors={"page": ValidationError(message)})
        return value

    class Meta:
        icon = "pick"
        label = _("Oproep tot actie")
        template = "blocks/call_to_action_block.html"
        value_class = LinkStructValue
        description = _("Een opvallend blok met één knop, bijvoorbeeld 'Meld u aan'.")
        preview_value = {
            "title": "Word maatje",
            "text": "Een uur per week maakt al verschil.",
            "button_label": "Meld u aan",
            "url": "https://www.example.org/",
        }


class KeyFigureValue(blocks.StructValue):
    def live(self):
        """The live figure (LiveValue: text and the last day counted) when one is chosen
        and offered, else None. Counted for today in Almere."""
        if not self.get("source"):
            return None
        return live_figure(self["source"], self.get("period") or "", local_today())


class KeyFigureBlock(blocks.StructBlock):
    number = blocks.CharBlock(
        label=_("Getal"),
        max_length=20,
        help_text=_("Bij een live getal: dit getal ziet u alleen als het live getal er niet is."),
    )
    label = blocks.CharBlock(label=_("Uitleg"), max_length=120)
    source = blocks.ChoiceBlock(
        label=_("Soort getal"),
        choices=live_figure_choices,
        required=False,
        default="",
        help_text=_(
            "Een live getal telt de website zelf. Het wordt elke nacht bijgewerkt. "
            "Onder het getal staat tot welke dag het telt."
        ),
    )
    # Blocks saved before the period existed have none: they count "sinds het begin".
    period = blocks.ChoiceBlock(
        label=_("Periode"),
        choices=period_choices,
        required=False,
        default="",
        help_text=_(
            "Alleen bij een live getal. Hele dagen tellen mee, tot en met gisteren. "
            "Op 1 januari is er bij 'Dit jaar' nog niets geteld. Dan ziet u het getypte getal."
        ),
    )
    source_text = blocks.CharBlock(
        label=_("Bron"),
        max_length=120,
        required=False,
        help_text=_(
            "Alleen bij een getypt getal: waar komt het getal vandaan? Bijvoorbeeld: "
            "Jaarverslag VMCA 2025. Dit staat klein onder het getal."
        ),
    )

    def clean(self, value):
        value = super().clean(value)
        if not value.get("period") and needs_period(value.get("source")):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "period": ValidationError(_("Kies over welke periode het live getal telt."))
                }
            )
        return value

    class Meta:
        value_class = KeyFigureValue


class KeyFiguresBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titel"), required=False, default=_("De cijfers"))
    figures = blocks.ListBlock(KeyFigureBlock(), label=_("Cijfers"), min_num=1, max_num=6)

    class Meta:
        icon = "list-ol"
        label = _("De cijfers")
        template = "blocks/key_figures_block.html"
        description = _("Een paar belangrijke getallen met een korte uitleg.")
        preview_value = {
            "title": "De cijfers",
            "figures": [
                {"number": "1.200", "label": "vrijwilligers"},
                {"number": "350", "label": "mantelzorgers geholpen"},
            ],
        }


class VideoStructValue(blocks.StructValue):
    def embed_url(self):
        return video_embed_url(self.get("url"))


def video_embed_url(url):
    """Return a privacy-friendly player address for a YouTube or Vimeo link, or ''."""
    if not url:
        return ""
    parsed = urlparse(url)
    host = (parsed.hostname or "").lower().removeprefix("www.").removeprefix("m.")
    video_id = ""
    if host in {"youtube.com", "youtube-nocookie.com"}:
        if parsed.path == "/watch":
            video_id = parse_qs(parsed.query).get("v", [""])[0]
        elif parsed.path.startswith(("/embed/", "/shorts/")):
            video_id = parsed.path.split("/")[2]
        if video_id.replace("-", "").replace("_", "").isalnum():
            return f"https://www.youtube-nocookie.com/embed/{video_id}"
    elif host == "youtu.be":
        video_id = parsed.path.lstrip("/")
        if video_id.replace("-", "").replace("_", "").isalnum():
            return f"https://www.youtube-nocookie.com/embed/{video_id}"
    elif host in {"vimeo.com", "player.vimeo.com"}:
        video_id = parsed.path.rstrip("/").rsplit("/", 1)[-1]
        if video_id.isdigit():
            return f"https://player.vimeo.com/video/{video_id}?dnt=1"
    return ""


class VideoBlock(blocks.StructBlock):
    url = blocks.URLBlock(
        label=_("Link naar de video"),
        help_text=_("Een link naar YouTube of Vimeo."),
    )
    title = blocks.CharBlock(
        label=_("Titel van de video"),
        max_length=120,
        help_text=_("Schermlezers lezen deze titel voor."),
    )
    transcript = blocks.RichTextBlock(
        label=_("Uitgeschreven tekst"),
        required=False,
        features=["bold", "italic", "link"],
        help_text=_("Voor wie de video niet kan zien of horen."),
    )

    def clean(self, value):
        value = super().clean(value)
        if not video_embed_url(value.get("url")):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "url": ValidationError(
                        _("Gebruik een link naar een video op YouTube of Vimeo.")
                    )
                }
            )
        return value

    class Meta:
        icon = "media"
        label = _("Video")
        template = "blocks/video_block.html"
        value_class = VideoStructValue
        description = _("Een video van YouTube of Vimeo, zonder volgcookies.")
        preview_value = {
            "url": "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
            "title": "Voorbeeldvideo",
        }


class DocumentListBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titel"), required=False, max_length=120)
    documents = blocks.ListBlock(DocumentChooserBlock(), label=_("Documenten"), min_num=1)

    def get_preview_value(self):
        # A preview needs real documents: list the newest ones in the library.
        from wagtail.documents import get_document_model

        ids = list(get_document_model().objects.order_by("-pk").values_list("pk", flat=True)[:3])
        return self.to_python({"title": "Om te downloaden", "documents": ids})

    class Meta:
        icon = "doc-full"
        label = _("Documenten")
        template = "blocks/document_list_block.html"
        description = _("Een lijst met documenten om te downloaden.")


class QuestionAnswerBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Vraag"), max_length=200)
    answer = blocks.RichTextBlock(label=_("Antwoord"), features=RICH_TEXT_FEATURES)


class FAQBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titel"), required=False, default=_("Veelgestelde vragen"))
    items = blocks.ListBlock(QuestionAnswerBlock(), label=_("Vragen"), min_num=1)

    class Meta:
        icon = "help"
        label = _("Vragen en antwoorden")
        template = "blocks/faq_block.html"
        description = _("Vragen die open en dicht klappen. Werkt ook zonder JavaScript.")
        preview_value = {
            "title": "Veelgestelde vragen",
            "items": [
                {
                    "question": "Kost het iets?",
                    "answer": "<p>Nee, de hulp is gratis.</p>",
                },
            ],
        }


class RelatedLinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("Pagina"))
    label = blocks.CharBlock(
        label=_("Tekst van de link"),
        required=False,
        max_length=120,
        help_text=_("Laat leeg om de titel van de pagina te gebruiken."),
    )


class RelatedLinksBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titel"), required=False, default=_("Lees ook"))
    links = blocks.ListBlock(RelatedLinkBlock(), label=_("Links"), min_num=1)

    def get_preview_value(self):
        # A preview needs real pages: link to a few published pages of the site.
        from wagtail.models import Page

        ids = Page.objects.live().filter(depth__gt=2).order_by("path").values_list("pk", flat=True)
        return self.to_python(
            {"title": "Lees ook", "links": [{"page": pk, "label": ""} for pk in ids[:3]]}
        )

    class Meta:
        icon = "link"
        label = _("Links naar andere pagina's")
        template = "blocks/related_links_block.html"
        description = _("Een rijtje links naar pagina's op deze website.")


class LatestItemsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titel"), default=_("Laatste nieuws"))
    kind = blocks.ChoiceBlock(
        label=_("Wat laten we zien?"),
        choices=[
            ("news", _("Nieuws")),
            ("blog", _("Blog uit de wijk")),
            ("both", _("Nieuws en blogs")),
        ],
        default="news",
    )
    count = blocks.IntegerBlock(label=_("Aantal"), min_value=1, max_value=12, default=3)
    theme = SnippetChooserBlock("cms.Theme", label=_("Alleen over dit thema"), required=False)

    def get_context(self, value, parent_context=None):
        from .listings import latest_items

        context = super().get_context(value, parent_context=parent_context)
        context["items"] = latest_items(
            kind=value["kind"], count=value["count"], theme=value.get("theme")
        )
        return context

    class Meta:
        icon = "list-ul"
        label = _("Laatste nieuws of blogs")
        template = "blocks/latest_items_block.html"
        description = _("Toont vanzelf de nieuwste berichten.")
        preview_value = {"title": "Laatste nieuws", "kind": "news", "count": 3}


class SupportOffersBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Kop"), required=False, default=_("Hier kunt u terecht"))
    # A page type by name: cms sits below guide and must not import it.
    offers = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="guide.SupportOfferPage"),
        label=_("Ondersteuning"),
        min_num=1,
    )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["offers"] = _live_offers([page.pk for page in value["offers"] if page])
        return context

    def get_preview_value(self):
        # A preview needs real offers: show the newest live ones of the sociale kaart.
        from django.apps import apps

        model = apps.get_model("guide", "SupportOfferPage")
        ids = list(model.objects.live().order_by("-pk").values_list("pk", flat=True)[:3])
        return self.to_python({"heading": _("Hier kunt u terecht"), "offers": ids})

    class Meta:
        icon = "group"
        label = _("Ondersteuning uit de sociale kaart")
        template = "blocks/support_offers_block.html"
        description = _("Een paar vormen van hulp uit de sociale kaart, als kaarten.")


def _live_offers(ids):
    """The chosen offers that are still online, in the order the editor chose, loaded in
    one query with what their cards show."""
    from django.apps import apps

    from .listings import exclude_private

    if not ids:
        return []
    model = apps.get_model("guide", "SupportOfferPage")
    found = exclude_private(model.objects.live().filter(pk__in=ids)).select_related(
        "provider", "wijk"
    )
    by_id = found.in_bulk()
    return [by_id[pk] for pk in ids if pk in by_id]


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = CaptionedImageBlock()
    testimonial = TestimonialBlock()
    call_to_action = CallToActionBlock()
    key_figures = KeyFiguresBlock()
    video = VideoBlock()
    documents = DocumentListBlock()
    faq = FAQBlock()
    related_links = RelatedLinksBlock()
    latest_items = LatestItemsBlock()
    support_offers = SupportOffersBlock()
