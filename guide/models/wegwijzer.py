"""The wegwijzer: a path of questions editors build in Wagtail, and what it records.

The page is an ordinary Wagtail page, so a changed path goes through draft, preview,
approval and publishing like any other page. Walking the path stores nothing: the answers
live in the link. Only a call-back request (someone asks to be phoned) is kept, until the
retention job deletes it, and anonymous counts of the answers per month and district.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField

from cms.models import BasePage

from .path_blocks import PathBlock


class WegwijzerPage(RoutablePageMixin, BasePage):
    """'Wegwijzer voor mantelzorgers': one question per screen, then a personal overview."""

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    template = "guide/wegwijzer_page.html"
    # The e-mail and call-back routes are forms (cms.wagtail_hooks lets POST through).
    takes_form_posts = True

    questions = StreamField(PathBlock(), verbose_name=_("vragen"), blank=False)
    result_intro = models.TextField(
        _("tekst boven het resultaat"),
        blank=True,
        max_length=1000,
        help_text=_("Bijvoorbeeld: 'Dit past bij u. Bel ons gerust als u twijfelt.'"),
    )
    callback_intro = models.TextField(
        _("tekst bij 'Bel mij'"),
        blank=True,
        max_length=1000,
        help_text=_("Wie belt er terug, en wanneer ongeveer?"),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("questions"),
        MultiFieldPanel(
            [FieldPanel("result_intro"), FieldPanel("callback_intro")],
            heading=_("Resultaat"),
        ),
    ]

    class Meta:
        verbose_name = _("wegwijzer")
        verbose_name_plural = _("wegwijzers")

    @path("", name="step")
    def step_route(self, request):
        from ..wegwijzer.views import step_or_result

        return step_or_result(self, request)

    @path("pdf/", name="pdf")
    def pdf_route(self, request):
        from ..wegwijzer.views import result_pdf

        return result_pdf(self, request)

    @path("mailen/", name="mail")
    def mail_route(self, request):
        from ..wegwijzer.views import mail_result

        return mail_result(self, request)

    @path("bel-mij/", name="callback")
    def callback_route(self, request):
        from ..wegwijzer.callback_view import callback

        return callback(self, request)


class CallbackStatus(models.TextChoices):
    NEW = "nieuw", _("Nieuw")
    CALLED = "gebeld", _("Gebeld")
    NOT_REACHED = "niet-bereikt", _("Niet bereikt")
    CLOSED = "afgerond", _("Afgerond")


class GoodTime(models.TextChoices):
    ANY = "maakt-niet-uit", _("Maakt niet uit")
    MORNING = "ochtend", _("In de ochtend (9 tot 12 uur)")
    AFTERNOON = "middag", _("In de middag (12 tot 17 uur)")
    EVENING = "avond", _("Aan het begin van de avond (17 tot 19 uur)")


class PersonalCallbackRequests(models.Manager):
    """The requests that still name their person: not yet anonymised."""

    def get_queryset(self):
        return super().get_queryset().filter(anonymised_at__isnull=True)


class CallbackRequest(models.Model):
    """'Bel mij': a carer asks a mantelzorgconsulent to phone back. After
    GUIDE_CALLBACK_RETENTION_DAYS the person is wiped from it (name, phone, message,
    answers, note: guide.callbacks.delete_old_callback_requests); what is left (when it was
    asked and followed up) keeps VMCA's figures of earlier years whole. `objects` holds
    only the requests with their person, `all_objects` also the anonymous ones."""

    page = models.ForeignKey(
        WegwijzerPage,
        verbose_name=_("wegwijzer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    name = models.CharField(_("naam"), max_length=100)
    phone = models.CharField(_("telefoonnummer"), max_length=40)
    good_time = models.CharField(
        _("goede tijd om te bellen"), max_length=20, choices=GoodTime.choices, default=GoodTime.ANY
    )
    message = models.TextField(_("bericht"), blank=True, max_length=1000)
    # The answers as a query string (no personal data): staff open the overview with it.
    answers = models.TextField(_("antwoorden in de wegwijzer"), blank=True, max_length=4000)
    language = models.CharField(max_length=8, default="nl")
    created_at = models.DateTimeField(_("gevraagd op"), db_index=True)
    status = models.CharField(
        _("status"), max_length=20, choices=CallbackStatus.choices, default=CallbackStatus.NEW
    )
    staff_note = models.TextField(_("notitie van VMCA"), blank=True, max_length=2000)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("opgepakt door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    handled_at = models.DateTimeField(_("opgepakt op"), null=True, blank=True)
    # The first time staff gave it another status than "nieuw" (the time to follow-up in
    # the figures); handled_at moves with every later save.
    first_handled_at = models.DateTimeField(_("eerst opgepakt op"), null=True, blank=True)
    anonymised_at = models.DateTimeField(_("geanonimiseerd op"), null=True, blank=True)

    all_objects = models.Manager()
    objects = PersonalCallbackRequests()

    class Meta:
        verbose_name = _("bel-mij-verzoek")
        verbose_name_plural = _("bel-mij-verzoeken")
        base_manager_name = "all_objects"
        default_manager_name = "objects"
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.name} ({self.created_at:%d-%m-%Y})"


class AnswerCount(models.Model):
    """How often an answer was chosen on a walk that reached the result, per month and
    district. No person, no time of day, no combination of answers: only totals.

    `question` is a question's key, or "_thema" for a need in the result and "_pad" for
    the walk itself (answer "klaar")."""

    page = models.ForeignKey(WegwijzerPage, on_delete=models.CASCADE, related_name="+")
    month = models.DateField(help_text="First day of the month, in Almere's time.")
    # The district's slug, or "" when the walker did not say (or lives elsewhere).
    district = models.CharField(max_length=80, blank=True)
    question = models.CharField(max_length=40)
    answer = models.CharField(max_length=80)
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["page", "month", "district", "question", "answer"],
                name="guide_answercount_unique",
            )
        ]

    def __str__(self):
        return f"{self.month:%Y-%m} {self.district or '-'} {self.question}={self.answer}"
