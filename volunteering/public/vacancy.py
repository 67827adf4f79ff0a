"""One vacancy's public page: everything a person needs to decide, and JobPosting data."""

from django.http import Http404, HttpResponsePermanentRedirect
from django.utils import timezone
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.translation import gettext as _

from .. import rules
from ..models import Membership, Vacancy
from ..presentation import (
    day_names,
    day_part_names,
    hours_text,
    map_url,
    place_text,
    suitability,
)
from ..schema import json_ld_script, vacancy_json_ld
from .search import LIVE_CACHE_SECONDS


def may_see_offline(user, vacancy):
    """Whoever acts for the organisation, and staff who moderate vacancies, may look at a
    vacancy that is not online (to check it); nobody else learns that it exists."""
    if not user.is_authenticated:
        return False
    if user.has_perm("volunteering.change_vacancy"):
        return True
    return Membership.objects.filter(organisation_id=vacancy.organisation_id, user=user).exists()


def vacancy_page(page, request, pk, slug):
    vacancy = (
        Vacancy.objects.select_related(
            "organisation__vacancy_account", "organisation__logo", "wijk__district"
        )
        .prefetch_related("themes", "audiences")
        .filter(pk=pk)
        .first()
    )
    now = timezone.now()
    live = vacancy is not None and rules.is_live(vacancy, now)
    if vacancy is None or (not live and not may_see_offline(request.user, vacancy)):
        raise Http404(_("Deze vacature bestaat niet of is niet meer online."))
    base = page.get_url(request)
    path = base + page.reverse_subpage("vacancy_slug", args=[vacancy.pk, vacancy.slug])
    if slug != vacancy.slug:
        query = request.META.get("QUERY_STRING", "")
        return HttpResponsePermanentRedirect(f"{path}?{query}" if query else path)
    full_url = request.build_absolute_uri(path)
    organisation = vacancy.organisation
    account = getattr(organisation, "vacancy_account", None)
    response = page.render(
        request,
        template="volunteering/vacancy_page.html",
        context_overrides={
            "vacancy": vacancy,
            "is_live": live,
            "vacancy_url": full_url,
            "react_url": base + page.reverse_subpage("react", args=[vacancy.pk]),
            "organisation_url": (
                base + page.reverse_subpage("organisation", args=[organisation.slug])
                if rules.organisation_may_publish(account) and organisation.slug
                else ""
            ),
            "search_url": base,
            "days": day_names(vacancy.days),
            "day_parts": day_part_names(vacancy.day_parts),
            "hours": hours_text(vacancy),
            "place": place_text(vacancy),
            "map_url": map_url(vacancy),
            "badges": suitability(vacancy),
            "themes": list(vacancy.themes.all()),
            "audiences": list(vacancy.audiences.all()),
            "json_ld": json_ld_script(vacancy_json_ld(vacancy, full_url, request)) if live else "",
        },
    )
    if not live:
        # A preview for the organisation or staff: never cached, never indexed.
        add_never_cache_headers(response)
        response["X-Robots-Tag"] = "noindex"
    else:
        patch_cache_control(response, max_age=LIVE_CACHE_SECONDS)
    return response
