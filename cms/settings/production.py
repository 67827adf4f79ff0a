"""Production settings: everything from the environment, refuse to start without it."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import (
    ADMIN_CONTENT_SECURITY_POLICY,
    CONTENT_SECURITY_POLICY,
    LOGGING,
    MIDDLEWARE,
    STORAGES,
    env_bool,
    env_list,
)


def required(name):
    value = os.environ.get(name, "")
    if not value:
        raise ImproperlyConfigured(f"Set the environment variable {name} for production.")
    return value


DEBUG = False
if "LOG_FORMAT" not in os.environ:
    LOGGING["handlers"]["console"]["formatter"] = "json"  # for the log collector
SECRET_KEY = required("SECRET_KEY")
if len(SECRET_KEY) < 50:
    raise ImproperlyConfigured("SECRET_KEY must be at least 50 characters long.")
required("DATABASE_URL")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS") or [required("ALLOWED_HOSTS")]

# Static files served by the app itself, compressed and with far-future caching. Right
# after SecurityMiddleware (as WhiteNoise asks), so static files get its headers too.
_after_security = MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1
MIDDLEWARE = [
    *MIDDLEWARE[:_after_security],
    "whitenoise.middleware.WhiteNoiseMiddleware",
    *MIDDLEWARE[_after_security:],
]
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# A Cloudflare zone without a token would only fail later, at the first publish.
if os.environ.get("CLOUDFLARE_ZONE_ID"):
    required("CLOUDFLARE_API_TOKEN")

# HTTPS everywhere; the proxy in front terminates TLS and says so in this header.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = True
X_FRAME_OPTIONS = "DENY"

# `make serve-prod` on a laptop has no TLS: LOCAL_HTTP=1 lets its cookies work over plain
# HTTP. Refused unless the site only answers to this machine, so it cannot weaken a server.
if env_bool("LOCAL_HTTP", False):
    if not set(ALLOWED_HOSTS) <= {"127.0.0.1", "localhost", "[::1]"}:
        raise ImproperlyConfigured("LOCAL_HTTP=1 is only for ALLOWED_HOSTS=127.0.0.1,localhost.")
    SECURE_SSL_REDIRECT = False
    SECURE_HSTS_SECONDS = 0
    SESSION_COOKIE_SECURE = False
    CSRF_COOKIE_SECURE = False

# Security headers: the rest is in base.py (CSP, Permissions-Policy, CORP, COOP).
# Browsers fetch any http:// link left in content over HTTPS (not with LOCAL_HTTP).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "upgrade-insecure-requests": SECURE_SSL_REDIRECT,
    }
}
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "upgrade-insecure-requests": SECURE_SSL_REDIRECT,
    }
}
LANGUAGE_COOKIE_SECURE = SESSION_COOKIE_SECURE

WAGTAILADMIN_BASE_URL = required("WAGTAILADMIN_BASE_URL")

# One cache shared by every worker and every server. Rate limits (cms.ratelimit and
# allauth's sign-in limits) count in it, and the page cache's content version lives in
# it. Without REDIS_URL each gunicorn worker would have a memory cache of its own: N
# workers would allow N times every limit, and a publish would empty one worker's page
# cache only. Counting in the database instead would fix cms.ratelimit alone, not
# allauth's counters or the page cache; Redis is already part of every production set-up
# (docs/deployment.md), so production refuses to start without it.
required("REDIS_URL")

# Payments: real money needs Stripe. The local test mode (no keys) is for the demo only;
# a production site runs it only when told to explicitly (a staging copy, say).
if not env_bool("ACADEMY_PAYMENTS_TEST_MODE", False):
    STRIPE_SECRET_KEY = required("STRIPE_SECRET_KEY")
    STRIPE_WEBHOOK_SECRET = required("STRIPE_WEBHOOK_SECRET")
