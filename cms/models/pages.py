"""Content page types editors publish: sections, standard pages, news, blogs, contact."""

from django.conf import settings
from django.db import models
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
)
from wagtail.contrib.forms.forms import FormBuilder
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from .. import ratelimit
from ..blocks import BaseStreamBlock
from ..form_submissions import ContactSubmissionsListView
from ..listings import (
    LazyItems,
    ListingFilterForm,
    exclude_private,
    filter_pages,
    paginate,
    specific_listing_items,
)
from ..public_forms import HONEYPOT, honeypot_field
from .mixins import ClassificationMixin, ContentPageMixin

# Page types that any landing page may hold. Other apps add theirs by name.
LANDING_CHILD_TYPES = ["cms.SectionPage", "cms.StandardPage", "cms.ContactPage"]


class BasePage(ContentPageMixin, Page):
    """Abstract base of every content page: intro, image, body and the shared panels."""

    body = StreamField(BaseStreamBlock(), verbose_name=_("inhoud"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("image"),
        FieldPanel("body"),
    ]
    promote_panels = ContentPageMixin.promote_panels
    search_fields = [
        *Page.search_fields,
        *ContentPageMixin.search_fields,
        index.SearchField("body"),
    ]

    class Meta:
        abstract = True


class ListingPageMixin:
    """An index page that lists, filters and paginates pages (its `listing_queryset`)."""

    listing_filters = ("theme", "wijk", "tag")

    def listing_queryset(self, request):
        raise NotImplementedError

    def get_context(self, request, *args, **kwargs):
        from django.conf import settings

        context = super().get_context(request, *args, **kwargs)
        filter_form = ListingFilterForm(request.GET, fields=self.listing_filters)
        items = filter_pages(self.listing_queryset(request), **filter_form.active_filters())
        listing = paginate(request, items, settings.LISTING_PAGE_SIZE)
        page_items = listing.object_list
        listing.object_list = LazyItems(lambda: self.prepare_listing_items(list(page_items)))
        context["filter_form"] = filter_form
        context["listing"] = listing
        return context

    def prepare_listing_items(self, items):
        return items


class SectionPage(ListingPageMixin, ClassificationMixin, BasePage):
    """A landing page such as an expertise centre, listing its child pages."""

    content_panels = [*BasePage.content_panels, *ClassificationMixin.classification_panels]
    parent_page_types = ["home.HomePage", "cms.SectionPage"]
    subpage_types = LANDING_CHILD_TYPES
    template = "cms/section_page.html"

    class Meta:
        verbose_name = _("sectiepagina")
        verbose_name_plural = _("sectiepagina's")

    def listing_queryset(self, request):
        # Not .specific(): prepare_listing_items loads the specific pages of one page of
        # results, together with what their cards show.
        return exclude_private(self.get_children().live())

    def prepare_listing_items(self, items):
        return specific_listing_items(items)


class StandardPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "cms.StandardPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class StandardPage(ClassificationMixin, BasePage):
    """A page of text, such as one of VMCA's programmes or the accessibility statement."""

    tags = ClusterTaggableManager(
        through=StandardPageTag, blank=True, verbose_name=_("trefwoorden")
    )

    content_panels = [
        *BasePage.content_panels,
        *ClassificationMixin.classification_panels,
        FieldPanel("tags"),
    ]
    parent_page_types = ["home.HomePage", "cms.SectionPage", "cms.StandardPage"]
    subpage_types = ["cms.StandardPage"]
    template = "cms/standard_page.html"

    class Meta:
        verbose_name = _("standaardpagina")
        verbose_name_plural = _("standaardpagina's")


class FeedIndexPageMixin(RoutablePageMixin, ListingPageMixin):
    """An overview of dated items (news, blogs) that also serves RSS and Atom feeds."""

    feed_title = ""

    def item_queryset(self):
        raise NotImplementedError

    def listing_queryset(self, request):
        return self.item_queryset()

    @path("")
    def index_route(self, request, *args, **kwargs):
        return self.render(request)

    @path("rss/", name="rss")
    def rss_feed(self, request):
        from ..feeds import ListingFeed

        return ListingFeed(self, "rss")(request)

    @path("atom/", name="atom")
    def atom_feed(self, request):
        from ..feeds import ListingFeed

        return ListingFeed(self, "atom")(request)


def dated_items(model, index, *related):
    """The live, public items of an overview, newest first, with what their cards show."""
    return (
        exclude_private(model.objects.child_of(index).live())
        .defer_streamfields()
        .select_related("image", "wijk", *related)
        .prefetch_related("image__renditions")
        .order_by("-date", "-pk")
    )


class NewsIndexPage(FeedIndexPageMixin, BasePage):
    """The news overview."""

    feed_title = _("Nieuws van VMCA Almere")

    parent_page_types = ["home.HomePage"]
    subpage_types = ["cms.NewsPage"]
    max_count_per_parent = 1
    template = "cms/news_index_page.html"

    class Meta:
        verbose_name = _("nieuwsoverzicht")
        verbose_name_plural = _("nieuwsoverzichten")

    def item_queryset(self):
        return dated_items(NewsPage, self)


class DatedPageMixin(models.Model):
    # Indexed: overviews list the newest first.
    date = models.DateField(
        _("datum"), db_index=True, help_text=_("De datum die bij het bericht staat.")
    )

    class Meta:
        abstract = True


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "cms.NewsPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class NewsPage(DatedPageMixin, ClassificationMixin, BasePage):  # noqa: DJ008 (Page has __str__)
    tags = ClusterTaggableManager(through=NewsPageTag, blank=True, verbose_name=_("trefwoorden"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("intro"),
        FieldPanel("image"),
        FieldPanel("body"),
        *ClassificationMixin.classification_panels,
        FieldPanel("tags"),
    ]
    search_fields = [*BasePage.search_fields, index.FilterField("date")]
    parent_page_types = ["cms.NewsIndexPage"]
    subpage_types = []
    template = "cms/news_page.html"

    class Meta:
        verbose_name = _("nieuwsbericht")
        verbose_name_plural = _("nieuwsberichten")

    def get_json_ld(self, request):
        data = super().get_json_ld(request)
        data.update(article_json_ld(self, request, "NewsArticle"))
        return data


class BlogIndexPage(FeedIndexPageMixin, BasePage):
    """'Blog uit de wijk': the blog overview."""

    feed_title = _("Blog uit de wijk van VMCA Almere")

    parent_page_types = ["home.HomePage"]
    subpage_types = ["cms.BlogPage"]
    max_count_per_parent = 1
    template = "cms/blog_index_page.html"

    class Meta:
        verbose_name = _("blogoverzicht")
        verbose_name_plural = _("blogoverzichten")

    def item_queryset(self):
        return dated_items(BlogPage, self, "author")


class BlogPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "cms.BlogPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class BlogPage(DatedPageMixin, ClassificationMixin, BasePage):  # noqa: DJ008 (Page has __str__)
    """A personal story in 'Blog uit de wijk'."""

    author = models.ForeignKey(
        "cms.Person",
        verbose_name=_("schrijver"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="blog_pages",
    )
    tags = ClusterTaggableManager(through=BlogPageTag, blank=True, verbose_name=_("trefwoorden"))

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("date"), FieldPanel("author")]),
        FieldPanel("intro"),
        FieldPanel("image"),
        FieldPanel("body"),
        *ClassificationMixin.classification_panels,
        FieldPanel("tags"),
    ]
    search_fields = [*BasePage.search_fields, index.FilterField("date")]
    parent_page_types = ["cms.BlogIndexPage"]
    subpage_types = []
    template = "cms/blog_page.html"

    class Meta:
        verbose_name = _("blog")
        verbose_name_plural = _("blogs")

    def get_json_ld(self, request):
        data = super().get_json_ld(request)
        data.update(article_json_ld(self, request, "BlogPosting"))
        if self.author:
            data["author"] = {"@type": "Person", "name": self.author.full_name}
        return data


def article_json_ld(page, request, schema_type):
    data = {
        "@type": schema_type,
        "headline": page.title[:110],
        "datePublished": page.date.isoformat(),
        "author": {"@type": "Organization", "name": "VMCA Almere"},
        "publisher": {"@type": "Organization", "name": "VMCA Almere"},
        "mainEntityOfPage": page.get_full_url(request),
    }
    if page.last_published_at:
        data["dateModified"] = page.last_published_at.isoformat()
    image = page.get_social_image()
    if image:
        data["image"] = request.build_absolute_uri(image.get_rendition("fill-1200x630").url)
    return data


class FormField(AbstractFormField):
    page = ParentalKey("cms.ContactPage", on_delete=models.CASCADE, related_name="form_fields")


class HoneypotFormBuilder(FormBuilder):
    """Adds a field people never see; bots that fill it in are ignored."""

    honeypot_name = HONEYPOT
    # Long enough for any real question; stops megabyte posts being stored and e-mailed.
    multiline_max_length = 5000

    def create_multiline_field(self, field, options):
        options.setdefault("max_length", self.multiline_max_length)
        return super().create_multiline_field(field, options)

    @property
    def formfields(self):
        fields = super().formfields
        fields[self.honeypot_name] = honeypot_field()
        return fields


class ContactPage(ContentPageMixin, AbstractEmailForm):
    """A form people fill in; submissions are stored and e-mailed to staff."""

    form_builder = HoneypotFormBuilder
    submissions_list_view_class = ContactSubmissionsListView
    thank_you_text = RichTextField(
        _("tekst na versturen"), blank=True, features=["bold", "italic", "link"]
    )

    content_panels = [
        *AbstractEmailForm.content_panels,
        FormSubmissionsPanel(),
        FieldPanel("intro"),
        FieldPanel("image"),
        InlinePanel("form_fields", label=_("Velden van het formulier")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("E-mail naar medewerkers"),
        ),
    ]
    promote_panels = ContentPageMixin.promote_panels
    search_fields = [*Page.search_fields, *ContentPageMixin.search_fields]
    parent_page_types = ["home.HomePage", "cms.SectionPage"]
    subpage_types = []
    template = "cms/contact_page.html"
    landing_page_template = "cms/contact_page_landing.html"

    class Meta:
        verbose_name = _("contactformulier")
        verbose_name_plural = _("contactformulieren")
        permissions = [
            # Editing the form page is not enough to read what people sent in.
            ("view_contact_submissions", _("Kan inzendingen van contactformulieren bekijken")),
        ]

    def get_form_fields(self):
        return self.form_fields.all()

    def is_spam(self, form):
        return bool(form.data.get(HoneypotFormBuilder.honeypot_name))

    def serve(self, request, *args, **kwargs):
        if request.method == "POST":
            form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
            verdict = ratelimit.hit_request(request, "contact-form", settings.CONTACT_FORM_RATE)
            if not verdict.allowed:
                return self.too_many_messages(request, form, verdict)
            if self.is_spam(form):
                # Answer as if it worked, so the bot learns nothing; store and send nothing.
                return self.render_landing_page(request, None, *args, **kwargs)
            if form.is_valid():
                form_submission = self.process_form_submission(form)
                return self.render_landing_page(request, form_submission, *args, **kwargs)
            context = self.get_context(request)
            context["form"] = form
            return TemplateResponse(request, self.get_template(request), context, status=400)
        return super().serve(request, *args, **kwargs)

    def too_many_messages(self, request, form, verdict):
        """429 with the form as it was filled in, so nothing typed is lost."""
        minutes = ratelimit.wait_minutes(verdict)
        form.add_error(
            None,
            _(
                "U hebt net al een paar berichten gestuurd. "
                "Probeer het over %(minutes)s minuten opnieuw."
            )
            % {"minutes": minutes},
        )
        context = self.get_context(request)
        context["form"] = form
        response = TemplateResponse(request, self.get_template(request), context, status=429)
        response["Retry-After"] = str(verdict.retry_after)
        return response

    def process_form_submission(self, form):
        form.cleaned_data.pop(HoneypotFormBuilder.honeypot_name, None)
        return super().process_form_submission(form)
