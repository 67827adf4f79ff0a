"""What a catalogue card and a course page say about a course: its next dates with what a
visitor can do with each (academy.rules), its prices and its accreditation."""

from dataclasses import dataclass, field

from django.db.models import Prefetch, prefetch_related_objects
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.images import get_image_model
from wagtail.images.models import Filter
from wagtail.images.shortcuts import get_rendition_or_not_found

from cms.listings import LazyItems

from .. import rules
from ..formatting import format_money
from ..models import CourseAccreditation, CoursePage, CoursePrice, Edition, ParticipantType
from .queries import scheduled_editions

State = rules.State

# The picture on a card. One Filter for every card: the {% image %} tag would parse the
# spec again for each card, and writing its <img> costs as much again (together about a
# tenth of rendering a page of cards).
CARD_IMAGE = Filter(spec="fill-640x360|format-webp")

# Said of a group of people in a price line: "€ 45,00 voor professionals".
PARTICIPANT_PLURALS = {
    ParticipantType.VOLUNTEER: gettext_lazy("vrijwilligers"),
    ParticipantType.CAREGIVER: gettext_lazy("mantelzorgers"),
    ParticipantType.PROFESSIONAL: gettext_lazy("professionals"),
    ParticipantType.ORGANISATION: gettext_lazy("medewerkers van organisaties"),
    ParticipantType.OTHER: gettext_lazy("anderen"),
}


@dataclass
class EditionLine:
    edition: Edition
    availability: rules.Availability
    # On a course page for a signed-in person: their own live registration for this edition
    # (shown instead of the button). Never on anything an anonymous visitor gets.
    registration: object = None


@dataclass
class CourseCard:
    page: CoursePage
    editions: list = field(default_factory=list)  # EditionLine, soonest first
    prices: str = ""
    accreditations: list = field(default_factory=list)
    image: object = None  # the card's rendition of the course's image, or None

    @property
    def badge(self):
        """The edition the card's badge speaks of: the first with a free place, else the
        first with a waiting list, else the first that opens later; None without any."""
        for state in (State.OPEN, State.FULL, State.NOT_OPEN_YET):
            for line in self.editions:
                if line.availability.state == state:
                    return line
        return None

    @property
    def availability(self):
        """What the card says: places of the first open edition, else full, else later."""
        line = self.badge
        return line.availability if line is not None else rules.Availability(State.CLOSED)

    @property
    def badge_day(self):
        """The start of the edition with places, which the badge names ("Nog 8 plaatsen op
        12 maart"): the first date on the card may be full while a later one is not."""
        line = self.badge
        if line is None or line.availability.state != State.OPEN:
            return None
        return line.edition.first_start

    @property
    def next_editions(self):
        return [line for line in self.editions if line.availability.state != State.CLOSED][:3]


def _join(words):
    words = [str(word) for word in words]
    if len(words) <= 1:
        return "".join(words)
    return _("%(first)s en %(last)s") % {"first": ", ".join(words[:-1]), "last": words[-1]}


def price_summary(prices):
    """One line about the cost: 'Gratis voor vrijwilligers en mantelzorgers · € 45,00 voor
    professionals'. Types without a price are free (as the registration engine counts)."""
    by_amount = {}
    order = list(ParticipantType.values)
    for price in sorted(prices, key=lambda p: order.index(p.participant_type)):
        by_amount.setdefault(price.amount_cents, []).append(price.participant_type)
    paid = sorted(amount for amount in by_amount if amount > 0)
    if not paid:
        return _("Gratis")
    missing = [kind for kind in order if kind not in {p.participant_type for p in prices}]
    free = by_amount.get(0, [])
    parts = []
    if free:
        parts.append(
            _("Gratis voor %(who)s") % {"who": _join(PARTICIPANT_PLURALS[k] for k in free)}
        )
    for amount in paid:
        parts.append(
            _("%(amount)s voor %(who)s")
            % {
                "amount": format_money(amount),
                "who": _join(PARTICIPANT_PLURALS[k] for k in by_amount[amount]),
            }
        )
    if missing and not free:
        parts.append(_("gratis voor anderen"))
    return " · ".join(parts)


def price_rows(page):
    """(participant type label, cents) for every kind of participant, as the engine charges."""
    amounts = {price.participant_type: price.amount_cents for price in page.prices.all()}
    return [(label, amounts.get(value, 0)) for value, label in ParticipantType.choices]


def card_image(image):
    """The card's rendition (from the prefetched ones; made once if missing), or None."""
    if image is None:
        return None
    return get_rendition_or_not_found(image, CARD_IMAGE)


def course_cards(courses, now=None):
    """Cards for one page of the catalogue, with a fixed number of queries."""
    now = now or timezone.now()
    prefetch_related_objects(
        courses,
        Prefetch(
            "editions",
            queryset=scheduled_editions(now).with_counts().order_by("first_start", "pk"),
            to_attr="catalogue_editions",
        ),
        Prefetch("prices", queryset=CoursePrice.objects.order_by("sort_order", "pk")),
        Prefetch(
            "accreditations",
            queryset=CourseAccreditation.objects.select_related("register").order_by(
                "sort_order", "pk"
            ),
        ),
        # Only the card's size: an image used on many pages has many renditions.
        Prefetch(
            "image__renditions",
            queryset=get_image_model()
            .get_rendition_model()
            .objects.filter(filter_spec=CARD_IMAGE.spec),
            to_attr="prefetched_renditions",
        ),
    )
    cards = []
    for course in courses:
        cards.append(
            CourseCard(
                page=course,
                editions=[
                    EditionLine(edition, rules.availability(edition, now))
                    for edition in course.catalogue_editions
                ],
                prices=price_summary(list(course.prices.all())),
                accreditations=list(course.accreditations.all()),
                image=card_image(course.image),
            )
        )
    return cards


def lazy_cards(courses, now):
    """The cards of one listing page, built when the template first needs them."""
    return LazyItems(lambda: course_cards(list(courses), now))
