from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from academy.views.webhooks import stripe_webhook
from cms.health import healthz
from cms.sitemaps import MultilingualSitemap
from cms.twofactor import admin_login
from cms.views import robots_txt, search
from volunteering.sitemaps import VacancySitemap

handler500 = "cms.views.server_error"

urlpatterns = [
    # Before Wagtail's own login page: staff sign in through allauth (second factor).
    path("admin/login/", admin_login),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path(
        "sitemap.xml",
        sitemap,
        {"sitemaps": {"pages": MultilingualSitemap, "vacancies": VacancySitemap}},
        name="sitemap",
    ),
    path("robots.txt", robots_txt, name="robots_txt"),
    # For the load balancer: outside the language prefix, no login, never cached.
    path("healthz", healthz, name="healthz"),
    # Outside the language prefix: Stripe posts to one fixed address.
    path("betalingen/stripe/webhook/", stripe_webhook, name="stripe_webhook"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path(_("zoeken/"), search, name="search"),
    path(_("account/"), include("allauth.urls")),
    path("", include("academy.urls")),
    path("", include("volunteering.urls")),
    path("", include("guide.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
