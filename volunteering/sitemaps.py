"""Live vacancies, and the pages of organisations that have them, in /sitemap.xml.

Listed under every live vacaturebank page (one per language), with the moment the
vacancy last changed as lastmod. What is live is decided by rules.live_q. Three queries,
however many vacancies there are.
"""

from urllib.parse import urlsplit

from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from django.utils import timezone

from cms.models import Partner

from . import rules
from .models import Vacancy, VacancyIndexPage


def _path(url):
    """The path of a page URL (Django's sitemap adds the scheme and host itself)."""
    return urlsplit(url).path


class VacancySitemap(Sitemap):
    def __init__(self, request=None, now=None):
        self.request = request
        self.now = now

    def items(self):
        now = self.now or timezone.now()
        pages = list(VacancyIndexPage.objects.live().public().order_by("path"))
        if not pages:
            return []
        vacancies = list(
            Vacancy.objects.filter(rules.live_q(now)).only("pk", "title", "updated").order_by("pk")
        )
        organisations = list(
            Partner.objects.filter(vacancies__in=Vacancy.objects.filter(rules.live_q(now)))
            .annotate(last_change=Max("vacancies__updated"))
            .order_by("name")
        )
        entries = []
        for page in pages:
            base = _path(page.get_url(self.request))
            for vacancy in vacancies:
                route = page.reverse_subpage("vacancy_slug", args=(vacancy.pk, vacancy.slug))
                entries.append((base + route, vacancy.updated))
            for organisation in organisations:
                route = page.reverse_subpage("organisation", args=(organisation.slug,))
                entries.append((base + route, organisation.last_change))
        return entries

    def location(self, item):
        return item[0]

    def lastmod(self, item):
        return item[1]
