"""Every page type can be routed to, rendered, previewed and created only where it belongs;
every StreamField block renders on a page and in the admin's block preview."""

import datetime as dt

from django.urls import reverse
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import querydict_from_html

from cms.blocks import BaseStreamBlock
from cms.models import (
    BlogIndexPage,
    BlogPage,
    ContactPage,
    NewsIndexPage,
    NewsPage,
    SectionPage,
    StandardPage,
)
from home.models import HomePage
from tests import factories as f

ALL_PAGE_TYPES = [
    HomePage,
    SectionPage,
    StandardPage,
    NewsIndexPage,
    NewsPage,
    BlogIndexPage,
    BlogPage,
    ContactPage,
]


def support_offer():
    """A live offer of the sociale kaart, for the block that shows chosen offers."""
    from cms.models import Partner
    from guide.models import SupportOfferIndexPage, SupportOfferPage

    index = f.add_page(f.home_page(), SupportOfferIndexPage, title="Sociale kaart")
    provider = Partner.objects.create(name="Logeerhuis De Haven")
    return f.add_page(index, SupportOfferPage, title="Logeren voor een weekend", provider=provider)


def one_of_each_block(image, document, linked_page, theme, offer):
    """Raw StreamField data with every block type of BaseStreamBlock once."""
    return f.stream(
        ("heading", {"text": "Kop van het blok", "level": "h2"}),
        ("support_offers", {"heading": "Hier kunt u terecht", "offers": [offer.pk]}),
        ("paragraph", "<p>Tekst van de alinea met <b>vet</b>.</p>"),
        (
            "image",
            {
                "image": {
                    "image": image.pk,
                    "decorative": False,
                    "alt_text": "Twee buren op een bankje",
                },
                "caption": "Onderschrift bij de foto",
            },
        ),
        (
            "testimonial",
            {
                "quote": "Elke week koffie met mijn maatje.",
                "name": "Joke",
                "context": "vrijwilliger in Almere Buiten",
                "image": None,
            },
        ),
        (
            "call_to_action",
            {
                "title": "Word maatje",
                "text": "Een uur per week maakt al verschil.",
                "button_label": "Meld u aan",
                "page": linked_page.pk,
                "url": "",
            },
        ),
        (
            "key_figures",
            {
                "title": "De cijfers",
                "figures": [{"number": "1.234", "label": "vrijwilligers in Almere"}],
            },
        ),
        (
            "video",
            {
                "url": "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
                "title": "Film over het Burennetwerk",
                "transcript": "<p>Uitgeschreven tekst van de film.</p>",
            },
        ),
        ("documents", {"title": "Om te downloaden", "documents": [document.pk]}),
        (
            "faq",
            {
                "title": "Veelgestelde vragen",
                "items": [{"question": "Kost het iets?", "answer": "<p>Nee, het is gratis.</p>"}],
            },
        ),
        (
            "related_links",
            {
                "title": "Lees ook",
                "links": [{"page": linked_page.pk, "label": "Over het maatjesproject"}],
            },
        ),
        (
            "latest_items",
            {"title": "Laatste berichten", "kind": "both", "count": 3, "theme": theme.pk},
        ),
    )


class PageTypeTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = f.home_page()
        cls.section = f.section_page(cls.home, title="Mantelzorg", slug="mantelzorg")
        cls.sub_section = f.section_page(cls.section, title="Respijtzorg", slug="respijtzorg")
        cls.standard = f.standard_page(cls.section, title="Maatjesproject", slug="maatjesproject")
        cls.news_index = f.news_index(cls.home)
        cls.blog_index = f.blog_index(cls.home)
        cls.theme = f.theme("Eenzaamheid", slug="eenzaamheid")
        cls.news = f.news_item(
            cls.news_index, title="Nieuwe maatjes gezocht", slug="maatjes-gezocht"
        )
        cls.news.themes.set([cls.theme])
        f.publish(cls.news)
        cls.blog = f.blog_item(
            cls.blog_index,
            title="Koffie met Anna",
            slug="koffie-met-anna",
            author=f.person("Joke", "Bakker"),
        )
        cls.contact = f.contact_page(cls.home, title="Contact", slug="contact")
        cls.pages = [
            cls.home,
            cls.section,
            cls.standard,
            cls.news_index,
            cls.news,
            cls.blog_index,
            cls.blog,
            cls.contact,
        ]

    # Routing, rendering, previews ---------------------------------------------------

    def test_every_page_type_is_covered(self):
        assert {type(page) for page in self.pages} == set(ALL_PAGE_TYPES)

    def test_every_page_type_is_routable(self):
        for page in self.pages:
            with self.subTest(page_type=type(page).__name__):
                self.assertPageIsRoutable(page)

    def test_feed_routes_of_index_pages_are_routable(self):
        for page in (self.news_index, self.blog_index):
            for route in ("rss/", "atom/"):
                with self.subTest(page=page.title, route=route):
                    self.assertPageIsRoutable(page, route)

    def test_every_page_type_renders_its_title_for_anonymous_visitors(self):
        for page in self.pages:
            with self.subTest(page_type=type(page).__name__):
                self.assertPageIsRenderable(page)
                response = self.client.get(page.url)
                assert response.status_code == 200
                self.assertContains(response, page.title)
                self.assertTemplateUsed(response, page.template)

    def test_every_page_type_is_previewable_in_the_admin(self):
        editor = self.create_superuser("previewer")
        for page in self.pages:
            with self.subTest(page_type=type(page).__name__):
                data = self.edit_form_data(page, editor)
                self.assertPageIsPreviewable(page, user=editor, post_data=data)
                # The helper only checks that the preview does not crash; the preview must
                # also show the unsaved changes.
                data["title"] = f"Nog niet opgeslagen {type(page).__name__}"
                self.client.force_login(editor)
                preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
                posted = self.client.post(preview_url, data)
                self.assertJSONEqual(posted.content, {"is_valid": True, "is_available": True})
                response = self.client.get(preview_url)
                assert response.status_code == 200
                self.assertContains(response, data["title"])

    def edit_form_data(self, page, user):
        """The data of the page's admin edit form as a browser would send it.

        StreamFields are drawn by JavaScript in the admin, so their (empty) counts are
        added by hand."""
        self.client.force_login(user)
        html = self.client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
        data = querydict_from_html(html, form_id="page-edit-form")
        for field in type(page)._meta.get_fields():
            if isinstance(field, StreamField):
                data.setdefault(f"{field.name}-count", "0")
        return data

    def test_draft_of_every_page_type_is_not_public(self):
        for page in self.pages[1:]:
            with self.subTest(page_type=type(page).__name__):
                page.unpublish()
                assert self.client.get(page.url or f"/{page.slug}/").status_code == 404

    # Where each page type may be created --------------------------------------------

    def test_home_page_only_sits_at_the_root_of_the_tree(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        from academy.models import CourseIndexPage
        from events.models import EventIndexPage
        from guide.models import SupportOfferIndexPage, WegwijzerPage
        from volunteering.models import VacancyIndexPage

        self.assertAllowedSubpageTypes(
            HomePage,
            {
                SectionPage,
                StandardPage,
                NewsIndexPage,
                BlogIndexPage,
                ContactPage,
                EventIndexPage,
                CourseIndexPage,
                VacancyIndexPage,
                SupportOfferIndexPage,
                WegwijzerPage,
            },
        )
        for model in ALL_PAGE_TYPES:
            self.assertCanNotCreateAt(model, HomePage)

    def test_section_pages_hold_landing_pages_but_no_news_or_blogs(self):
        self.assertAllowedParentPageTypes(SectionPage, {HomePage, SectionPage})
        self.assertAllowedSubpageTypes(SectionPage, {SectionPage, StandardPage, ContactPage})
        for model in (NewsIndexPage, NewsPage, BlogIndexPage, BlogPage, HomePage):
            self.assertCanNotCreateAt(SectionPage, model)

    def test_standard_pages_only_hold_standard_pages(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, SectionPage, StandardPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})

    def test_news_pages_only_live_in_the_news_index(self):
        self.assertAllowedParentPageTypes(NewsIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsPage})
        self.assertAllowedParentPageTypes(NewsPage, {NewsIndexPage})
        self.assertAllowedSubpageTypes(NewsPage, set())
        for parent in (HomePage, SectionPage, StandardPage, BlogIndexPage):
            self.assertCanNotCreateAt(parent, NewsPage)

    def test_blog_pages_only_live_in_the_blog_index(self):
        self.assertAllowedParentPageTypes(BlogIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(BlogIndexPage, {BlogPage})
        self.assertAllowedParentPageTypes(BlogPage, {BlogIndexPage})
        self.assertAllowedSubpageTypes(BlogPage, set())
        for parent in (HomePage, SectionPage, StandardPage, NewsIndexPage):
            self.assertCanNotCreateAt(parent, BlogPage)

    def test_contact_pages_sit_on_home_or_a_section_and_have_no_children(self):
        self.assertAllowedParentPageTypes(ContactPage, {HomePage, SectionPage})
        self.assertAllowedSubpageTypes(ContactPage, set())
        self.assertCanNotCreateAt(StandardPage, ContactPage)

    def test_home_page_holds_only_one_news_index_and_one_blog_index(self):
        assert not NewsIndexPage.can_create_at(self.home)
        assert not BlogIndexPage.can_create_at(self.home)
        assert SectionPage.can_create_at(self.home)

    def test_admin_add_view_refuses_a_page_type_under_the_wrong_parent(self):
        self.login()
        url = reverse("wagtailadmin_pages:add", args=("cms", "newspage", self.section.pk))

        response = self.client.get(url)
        self.assertRedirects(response, reverse("wagtailadmin_home"))
        self.client.post(
            url, {"title": "Verkeerde plek", "slug": "verkeerde-plek", "date": "2026-01-01"}
        )
        assert not NewsPage.objects.filter(slug="verkeerde-plek").exists()

    # StreamField blocks ---------------------------------------------------------------

    def test_page_with_one_of_every_block_renders_each_block(self):
        image = f.make_image("Bankje")
        document = f.make_document("Folder Maatjesproject")
        page = f.standard_page(
            self.section,
            title="Alle blokken",
            slug="alle-blokken",
            body=one_of_each_block(image, document, self.standard, self.theme, support_offer()),
        )
        used = {block.block_type for block in page.body}
        assert used == set(BaseStreamBlock.base_blocks), "every block type is on the page"

        response = self.client.get(page.url)

        assert response.status_code == 200
        for text in (
            "Kop van het blok",
            "Tekst van de alinea",
            "Twee buren op een bankje",  # image alt text
            "Onderschrift bij de foto",
            "Elke week koffie met mijn maatje.",
            "Meld u aan",
            "1.234",
            "youtube-nocookie.com/embed/aqz-KE-bpKQ",
            "Film over het Burennetwerk",
            "Folder Maatjesproject",
            document.url,
            "Kost het iets?",
            "Over het maatjesproject",
            self.standard.url,
            "Laatste berichten",
            self.news.title,  # the latest-items block lists the news item about its theme
            "Hier kunt u terecht",
            "Logeren voor een weekend",  # the chosen support offer
        ):
            self.assertContains(response, text)
        for block_type in BaseStreamBlock.base_blocks.values():
            self.assertTemplateUsed(response, block_type.meta.template)

    def test_every_block_has_its_own_template_and_a_description(self):
        for name, block in BaseStreamBlock.base_blocks.items():
            with self.subTest(block=name):
                assert block.meta.template.startswith("blocks/")
                assert str(block.get_description())

    def test_admin_block_preview_renders_every_block(self):
        self.login()
        # Blocks that need an image, documents or pages preview the newest ones in the library.
        f.make_image("Voorbeeldafbeelding")
        f.make_document("Voorbeelddocument")
        blocks = NewsPage.body.field.stream_block.child_blocks
        assert set(blocks) == set(BaseStreamBlock.base_blocks)
        for name, block in blocks.items():
            with self.subTest(block=name):
                response = self.client.get(
                    reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix}
                )
                assert response.status_code == 200
                self.assertTemplateUsed(response, block.meta.template)
                soup = self.get_soup(response.content)
                rendered = soup.select_one(f"main .block-{name}")
                assert rendered is not None
                assert rendered.get_text(strip=True) or rendered.find(["img", "iframe", "a"])
                assert block.is_previewable, "shown as a preview in the block picker"

    def test_admin_block_preview_is_only_for_admin_users(self):
        block = NewsPage.body.field.stream_block.child_blocks["heading"]
        response = self.client.get(
            reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix}
        )
        assert response.status_code == 302
        assert reverse("wagtailadmin_login") in response["Location"]

    def test_news_and_blog_pages_show_their_date_and_blog_its_author(self):
        self.news.date = dt.date(2026, 3, 9)
        f.publish(self.news)
        self.assertContains(self.client.get(self.news.url), 'datetime="2026-03-09"')
        self.assertContains(self.client.get(self.blog.url), "Joke Bakker")
