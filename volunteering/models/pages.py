"""The vacaturebank's place in the page tree.

Editors place VacancyIndexPage (intro, menu, SEO) like any page; the vacancies
themselves are records that organisations write, served through the page's routes. Each
route hands the request to a view in volunteering.public, which builds the response.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from cms.models import BasePage


class VacancyIndexPage(RoutablePageMixin, BasePage):
    """'Vacaturebank': search volunteer work, read a vacancy, react, ask for help."""

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "volunteering/vacancy_index_page.html"
    # The reaction, help and alert routes are forms (cms.wagtail_hooks lets POST through).
    takes_form_posts = True

    class Meta:
        verbose_name = _("vacaturebank")
        verbose_name_plural = _("vacaturebanken")

    @path("", name="search")
    def search_route(self, request):
        from ..public.search import search_page

        return search_page(self, request)

    @path("<int:pk>/", name="vacancy")
    @path("<int:pk>-<slug:slug>/", name="vacancy_slug")
    def vacancy_route(self, request, pk, slug=None):
        from ..public.vacancy import vacancy_page

        return vacancy_page(self, request, pk, slug)

    @path("organisaties/<slug:slug>/", name="organisation")
    def organisation_route(self, request, slug):
        from ..public.organisation import organisation_page

        return organisation_page(self, request, slug)

    @path("rss/", name="rss")
    def rss_route(self, request):
        from ..public.feeds import vacancy_feed

        return vacancy_feed(self, request, "rss")

    @path("atom/", name="atom")
    def atom_route(self, request):
        from ..public.feeds import vacancy_feed

        return vacancy_feed(self, request, "atom")

    @path("<int:pk>/reageren/", name="react")
    def react_route(self, request, pk):
        from ..public.react import react_page

        return react_page(self, request, pk)

    @path("hulp-bij-zoeken/", name="help")
    def help_route(self, request):
        from ..public.help import help_page

        return help_page(self, request)

    @path("attendering/", name="alert")
    def alert_route(self, request):
        from ..public.alerts import subscribe_page

        return subscribe_page(self, request)

    @path("attendering/bevestigen/<str:token>/", name="alert_confirm")
    def alert_confirm_route(self, request, token):
        from ..public.alerts import confirm_page

        return confirm_page(self, request, token)

    @path("attendering/stoppen/<str:token>/", name="alert_stop")
    def alert_stop_route(self, request, token):
        from ..public.alerts import unsubscribe_page

        return unsubscribe_page(self, request, token)
