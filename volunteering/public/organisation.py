"""An organisation's public page in the vacaturebank: who they are and their open vacancies."""

from django.http import Http404
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _

from cms.models import Partner

from .. import rules
from ..models import Vacancy
from .search import LIVE_CACHE_SECONDS, Card


def organisation_page(page, request, slug):
    organisation = (
        Partner.objects.select_related("vacancy_account", "wijk", "logo").filter(slug=slug).first()
    )
    account = getattr(organisation, "vacancy_account", None) if organisation else None
    # Only an organisation VMCA approved has a page; no approved account, no page.
    if not rules.organisation_may_publish(account):
        raise Http404(_("Deze organisatie staat niet in de vacaturebank."))
    now = timezone.now()
    vacancies = (
        Vacancy.objects.filter(rules.live_q(now), organisation=organisation)
        .select_related("organisation", "wijk")
        .order_by("-published_at", "-pk")
    )
    base = page.get_url(request)
    cards = [
        Card(vacancy, base + page.reverse_subpage("vacancy_slug", args=[vacancy.pk, vacancy.slug]))
        for vacancy in vacancies
    ]
    response = page.render(
        request,
        template="volunteering/organisation_page.html",
        context_overrides={
            "organisation": organisation,
            "cards": cards,
            "search_url": base,
        },
    )
    patch_cache_control(response, max_age=LIVE_CACHE_SECONDS)
    return response
