"""CDN purging (wagtail.contrib.frontend_cache): configured from the environment, off when
nothing is set, and a publish tells the caching proxy which URLs changed."""

import datetime as dt
import os
import subprocess
import sys

import pytest

from cms.settings.storage import frontend_cache
from tests import factories as f
from tests.conftest import ROOT
from tests.fakes.purge_server import PurgeServer


def test_no_purging_without_configuration():
    assert frontend_cache({}) == {}


def test_http_cloudflare_and_cloudfront_come_from_the_environment():
    backends = frontend_cache(
        {
            "FRONTEND_CACHE_PURGE_URL": "http://varnish:6081",
            "CLOUDFLARE_ZONE_ID": "zone",
            "CLOUDFLARE_API_TOKEN": "token",
            "CLOUDFRONT_DISTRIBUTION_ID": "E123",
        }
    )
    assert backends["http"] == {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": "http://varnish:6081",
    }
    assert backends["cloudflare"]["ZONEID"] == "zone"
    assert backends["cloudflare"]["BEARER_TOKEN"] == "token"
    assert backends["cloudfront"]["DISTRIBUTION_ID"] == "E123"


def test_production_refuses_a_cloudflare_zone_without_a_token():
    env = {
        "PATH": os.environ.get("PATH", ""),
        "SECRET_KEY": "x" * 60,
        "DATABASE_URL": "postgres://u@127.0.0.1/db",
        "ALLOWED_HOSTS": "vmca.example",
        "WAGTAILADMIN_BASE_URL": "https://vmca.example",
        "ACADEMY_PAYMENTS_TEST_MODE": "1",
        "CLOUDFLARE_ZONE_ID": "zone",
    }
    result = subprocess.run(  # noqa: S603 - fixed arguments, no shell
        [sys.executable, "-c", "import cms.settings.production"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "CLOUDFLARE_API_TOKEN" in result.stderr


@pytest.fixture
def purge_server(settings):
    with PurgeServer() as server:
        settings.WAGTAILFRONTENDCACHE = {
            "http": {
                "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
                "LOCATION": server.url,
            }
        }
        yield server


@pytest.mark.django_db
def test_publishing_a_page_purges_its_url(purge_server):
    index = f.news_index()
    item = f.news_item(index, title="Eerste versie", slug="bericht", date=dt.date(2026, 5, 1))
    purge_server.requests.clear()

    item.title = "Tweede versie"
    f.publish(item)

    assert "/nieuws/bericht/" in purge_server.purged_paths()
    hosts = {r.host for r in purge_server.requests}
    assert hosts == {item.get_site().hostname}


@pytest.mark.django_db
def test_unpublishing_a_page_purges_its_url(purge_server):
    index = f.news_index()
    item = f.news_item(index, title="Weg ermee", slug="weg", date=dt.date(2026, 5, 1))
    purge_server.requests.clear()

    item.unpublish()

    assert "/nieuws/weg/" in purge_server.purged_paths()
