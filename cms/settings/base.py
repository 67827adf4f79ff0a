"""Settings shared by every environment.

Everything that differs between a laptop and production comes from environment
variables; see README.md ("Configuratie") for the list.
"""

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.utils.translation import gettext_lazy as _

from cms.security import media_origins

from .storage import frontend_cache, media_storages

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "insights",
    "home",
    "academy",
    "volunteering",
    "guide",
    "events",
    "cms",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.simple_translation",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.locales",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "csp",
    "django_tasks",
    "django_tasks_db",
]

MIDDLEWARE = [
    # Outside the page cache, so cached pages get Permissions-Policy and CORP too (cheap).
    "cms.security.SecurityHeadersMiddleware",
    # Outside the page cache too: plain HTTP is redirected to HTTPS before a cached page
    # could answer it, and cached pages get HSTS, nosniff, Referrer-Policy and COOP per
    # request. It needs no database, so cache hits stay free of queries.
    "django.middleware.security.SecurityMiddleware",
    # Early, so that a cached anonymous page is answered before anything else runs. The
    # CSP and X-Frame-Options it stores come from the middleware below.
    "cms.cache.AnonymousPageCacheMiddleware",
    "cms.security.ContentSecurityPolicyMiddleware",
    # A database that is restarting gets a friendly 503 instead of the 500 page.
    "cms.db_errors.DatabaseUnavailableMiddleware",
    # Wagtail's site for this host from the cache, before anything asks for it.
    "cms.site_lookup.CachedSiteMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    # Staff without a second factor go to its set-up first (WAGTAILADMIN_REQUIRE_2FA).
    "cms.twofactor.RequireStaffTwoFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Inside it: the admin may frame its own previews of a page (cms.security).
    "cms.security.AdminPreviewFramingMiddleware",
    # Old WordPress links to the home page ("/?p=123") redirect before it answers 200;
    # Wagtail's middleware below only looks for a redirect when the answer is a 404.
    "cms.wordpress.redirects.WordPressQueryRedirectMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "vmca.urls"
WSGI_APPLICATION = "vmca.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# SQLite in the project folder unless DATABASE_URL says otherwise. An empty DATABASE_URL
# counts as unset (so production's own check can say what is missing).
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL and a busy timeout: readers never block the writer, and a writer waits
    # instead of failing with "database is locked". Connections are kept like
    # PostgreSQL's (DB_CONN_MAX_AGE): closing one after every request made SQLite
    # checkpoint and recreate its write-ahead log each time (a registration cost about
    # 3 ms more; bench/registrations.py).
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Language and time: Dutch first, English second; Amsterdam time on screen, UTC stored.
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", "Nederlands"), ("en", "English")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True
# Times as each language writes them: 19.30 (uur) in Dutch, 19:30 in English (cms/formats/).
FORMAT_MODULE_PATH = ["cms.formats"]

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "var" / "static"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "var" / "media"))
# Certificates, attendance lists and exports: outside MEDIA_ROOT, never served as media.
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "var" / "private"))
# Local disk, or S3-compatible object storage with AWS_STORAGE_BUCKET_NAME (cms.settings.storage).
STORAGES = {
    **media_storages(private_root=PRIVATE_MEDIA_ROOT),
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
if STORAGES["default"]["BACKEND"] != "django.core.files.storage.FileSystemStorage":
    # Stream documents through Wagtail's view (collection privacy applies), not a redirect.
    WAGTAILDOCS_SERVE_METHOD = "serve_view"
# A copy of the old WordPress site's wp-content/uploads on this server, for imports started
# in the admin (cms.wordpress.runs). Empty: the import takes no image or document files and
# reports them as missing. `import_wordpress --media-dir` names its own folder.
WORDPRESS_MEDIA_DIR = os.environ.get("WORDPRESS_MEDIA_DIR", "")

# Cache: Redis when REDIS_URL is set (shared by every process), otherwise memory.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "cms.redis_cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "vmca"),
            "TIMEOUT": 600,
        },
        # Wagtail looks image renditions up here before asking the database.
        "renditions": {
            "BACKEND": "cms.redis_cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "vmca") + "-renditions",
            "TIMEOUT": 60 * 60 * 24 * 7,
        },
    }
    # Sessions in the database, read through the cache: a Redis outage logs nobody out.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "vmca",
            "TIMEOUT": 600,
        },
        "renditions": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "vmca-renditions",
            "TIMEOUT": 60 * 60 * 24 * 7,
            "OPTIONS": {"MAX_ENTRIES": 5000},
        },
    }

# CDN or caching proxy in front of the site (cms.settings.storage.frontend_cache): Wagtail
# purges a page's URLs there when it is published or unpublished. Off when nothing is set.
WAGTAILFRONTENDCACHE = frontend_cache()
# Every translation is a page of its own with its own URL, purged when it is published.
WAGTAILFRONTENDCACHE_LANGUAGES = []

# Anonymous full-page cache (cms.cache). Seconds a page may be served from cache;
# every publish, unpublish or settings change empties it at once.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))

# E-mail: console output unless an SMTP host is configured.
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "VMCA Almere <info@vmca.example>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Wagtail
WAGTAIL_SITE_NAME = "VMCA Almere"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {
    "default": {
        # Uses PostgreSQL full-text search on PostgreSQL and FTS5 on SQLite.
        "BACKEND": "wagtail.search.backends.database",
        "SEARCH_CONFIG": "dutch",
    }
}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAILFORMS_HELP_TEXT_ALLOW_HTML = False
WAGTAILEMBEDS_RESPONSIVE_HTML = True
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_PASSWORD_RESET_ENABLED = True
WAGTAILADMIN_COMMENTS_ENABLED = True

TAGGIT_CASE_INSENSITIVE = True

# How many items an index page shows per page.
LISTING_PAGE_SIZE = 12
SEARCH_PAGE_SIZE = 10
SEARCH_QUERY_MAX_LENGTH = 200

# Security headers (django-csp and cms.security). The public site has no inline script or
# style, so one policy without nonces fits every page, also the ones the anonymous page
# cache replays. Images and video may come from object storage or a CDN (MEDIA_URL,
# AWS_S3_CUSTOM_DOMAIN, ...); videos only from the privacy-friendly embed hosts that
# cms.blocks.VideoBlock writes.
MEDIA_ORIGINS = media_origins(MEDIA_URL, os.environ)
VIDEO_EMBED_ORIGINS = ["https://www.youtube-nocookie.com", "https://player.vimeo.com"]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:", *MEDIA_ORIGINS],
        "media-src": [SELF, *MEDIA_ORIGINS],
        "frame-src": VIDEO_EMBED_ORIGINS,
        "frame-ancestors": [NONE],
        # Paid enrolment POSTs here and is redirected to Stripe Checkout; browsers
        # (Chrome) check form-action against that redirect too.
        "form-action": [SELF, "https://checkout.stripe.com"],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}
# The Wagtail admin (/admin/, cms.security): Wagtail 7.4 still writes inline <script>
# (date pickers, inline panels), its vendor.js adds inline <style> and <script> elements
# (seen in the page editor: tests/browser/test_csp.py), and page previews frame the admin
# itself. Only signed-in staff reach it; everything else stays as strict as the public site.
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:", *MEDIA_ORIGINS],
        "frame-src": [SELF, *VIDEO_EMBED_ORIGINS],
        "frame-ancestors": [SELF],
        "form-action": [SELF],
        # The dashboard asks wagtail.org for the latest release (the upgrade notice).
        "connect-src": [SELF, "https://releases.wagtail.org"],
    }
}
# Avatars from gravatar.com would tell a third party who works in the admin (and break
# the policy above); Wagtail shows its own default avatar instead.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Browser features nobody here uses are switched off for the site and anything it embeds.
# The camera stays on for this site only: the roster scans check-in QR codes (roster.js).
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "bluetooth": [],
    "browsing-topics": [],
    "camera": ["self"],
    "display-capture": [],
    "geolocation": [],
    "gyroscope": [],
    "hid": [],
    "idle-detection": [],
    "magnetometer": [],
    "microphone": [],
    "midi": [],
    "payment": [],
    "serial": [],
    "usb": [],
    "xr-spatial-tracking": [],
}
CROSS_ORIGIN_RESOURCE_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
        # One JSON object per line, for a log collector (LOG_FORMAT=json).
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "format": "%(asctime)s %(levelname)s %(name)s %(message)s %(process)d",
            "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
        },
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": os.environ.get("LOG_FORMAT", "plain"),
        },
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "INFO"},
        # One line per background task is too chatty for the console.
        "django_tasks": {"level": "WARNING"},
        # WeasyPrint reports every layout step at INFO; a refused fetch is a WARNING+.
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
    },
}

SITE_DESCRIPTION = _("Expertisecentrum voor vrijwillige inzet en mantelzorg in Almere.")
FEED_TAG_AUTHORITY = os.environ.get("FEED_TAG_AUTHORITY", "vmca-almere.nl")
# Part of every calendar UID (events-date-12@<this>): never change it once feeds are
# published, or every subscribed calendar sees every event twice.
CALENDAR_UID_DOMAIN = os.environ.get("CALENDAR_UID_DOMAIN", "vmca-almere.nl")
# How often calendar clients should poll the agenda feeds, in minutes.
CALENDAR_REFRESH_MINUTES = 60
# Feeds keep past activities this many days, so subscribed calendars keep their history.
CALENDAR_FEED_HISTORY_DAYS = 90
AGENDA_PAGE_SIZE = 20

# Accounts (django-allauth): sign in with a one-time code sent by e-mail; a password is
# optional. People never have to invent a password to enrol in a workshop.
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    # allauth's, hashing as often for an unknown address as for a wrong password, so the
    # time a sign-in takes does not tell who has an account (cms.auth_backends).
    "cms.auth_backends.AuthenticationBackend",
]
# Staff sign in to the admin here too (cms.twofactor), often with a username.
ACCOUNT_LOGIN_METHODS = {"email", "username"}
ACCOUNT_SIGNUP_FIELDS = ["email*"]
ACCOUNT_LOGIN_BY_CODE_ENABLED = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_EMAIL_VERIFICATION_BY_CODE_ENABLED = True
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_PREVENT_ENUMERATION = True
# Brute force: a login code dies after 3 wrong tries (and after 3 minutes); 5 wrong
# passwords for one address in 5 minutes lock that address for the rest of them; codes
# are sent at most 3 times a minute per address. allauth counts in the (shared) cache.
ACCOUNT_LOGIN_BY_CODE_MAX_ATTEMPTS = 3
ACCOUNT_LOGIN_BY_CODE_TIMEOUT = 3 * 60
# "Stuur een nieuwe code" on the code page, twice per code request; each new code gets the
# full time again (academy.accounts waits 30 seconds between codes and counts them in the
# "request_login_code" limit below).
ACCOUNT_LOGIN_BY_CODE_SUPPORTS_RESEND = 2
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/300s/key",
    "request_login_code": "20/m/ip,3/m/key",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
    "confirm_email": "1/10s/key",
}
# Rate limits count per client address. Behind a load balancer or proxy every request
# comes from the proxy: say how many trusted proxies add themselves to X-Forwarded-For,
# so allauth and cms.ratelimit count the real client, not the proxy (see docs/).
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
ALLAUTH_TRUSTED_PROXY_COUNT = TRUSTED_PROXY_COUNT
ACCOUNT_LOGOUT_ON_GET = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = "VMCA Almere: "
# Links (or creates) the person's Participant on every sign-in.
ACCOUNT_ADAPTER = "academy.accounts.AccountAdapter"
ACCOUNT_SESSION_REMEMBER = True
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "academy:mine"
# "Stuur mij een code" also for a new address: it gets an account and the same code.
ACCOUNT_FORMS = {
    "login": "academy.accounts.LoginForm",
    "request_login_code": "academy.accounts.RequestLoginCodeForm",
}
# Two-factor authentication (allauth.mfa): an authenticator app (TOTP) plus recovery
# codes, for anyone; staff set it up from the admin's account page. The admin's own login
# page sends people here, so a second factor cannot be skipped there.
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "VMCA Almere"
# Typing a code takes time: the code of the previous or next 30 seconds also works.
MFA_TOTP_TOLERANCE = 1
# On: staff without a second factor must set one up before any admin page. Recommended
# in production.
WAGTAILADMIN_REQUIRE_2FA = env_bool("WAGTAILADMIN_REQUIRE_2FA", False)

# Background work (django-tasks). The demo and tests run tasks at once; production
# stores them in the database for `manage.py db_worker` (see issue 7 / README).
TASKS = {
    "default": {
        "BACKEND": os.environ.get(
            "TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend"
        )
    }
}

# /healthz reports the task queue as behind when a task has waited longer than this.
HEALTH_TASKS_BEHIND_SECONDS = int(os.environ.get("HEALTH_TASKS_BEHIND_SECONDS", "300"))

# Vrijwilligersacademie
ACADEMY_OFFER_HOURS = 48  # how long a freed place is kept for the next person
ACADEMY_LOCK_TIMEOUT_MS = 5000  # PostgreSQL lock timeout inside registration services
ACADEMY_MAIL_MAX_ATTEMPTS = 6
ACADEMY_REMINDER_DAYS = 2
# Catalogue and course pages show places left: anonymous visitors get them from the page
# cache for at most this long.
ACADEMY_PLACES_CACHE_SECONDS = 30
# Bulk certificate runs render in this many processes (forked workers; 1 = no workers),
# for runs of at least ACADEMY_RENDER_POOL_FROM certificates.
ACADEMY_RENDER_PROCESSES = int(os.environ.get("ACADEMY_RENDER_PROCESSES", "2"))
ACADEMY_RENDER_POOL_FROM = 20
# The public certificate check: look-ups per client address (cms.ratelimit rates).
ACADEMY_VERIFY_RATE = os.environ.get("ACADEMY_VERIFY_RATE", "20/10m")
# Sign-ups for trainings per signed-in person, and contact form messages per address:
# enough for any real person, a wall for a script.
ACADEMY_ENROL_RATE = os.environ.get("ACADEMY_ENROL_RATE", "30/h")
CONTACT_FORM_RATE = os.environ.get("CONTACT_FORM_RATE", "5/10m")
# AVG: messages sent through the contact form are deleted after this many months.
CONTACT_RETENTION_MONTHS = int(os.environ.get("CONTACT_RETENTION_MONTHS", "12"))
# AVG: an account made for an address that never entered its code is deleted after this many
# days (delete_unconfirmed_accounts).
ACCOUNT_UNCONFIRMED_DAYS = int(os.environ.get("ACCOUNT_UNCONFIRMED_DAYS", "7"))
# AVG: anonymise_inactive blanks the personal data of people inactive this many years.
ACADEMY_RETENTION_YEARS = int(os.environ.get("ACADEMY_RETENTION_YEARS", "2"))

# Payments. Without STRIPE_SECRET_KEY paid trainings run in the local test mode: nobody
# pays, the flow is simulated on this site and marked as a test everywhere.
STRIPE_SECRET_KEY = os.environ.get("STRIPE_SECRET_KEY", "")
STRIPE_WEBHOOK_SECRET = os.environ.get("STRIPE_WEBHOOK_SECRET", "")
# Only for tests and local fakes: where the Stripe API answers (default: Stripe itself).
STRIPE_API_BASE = os.environ.get("STRIPE_API_BASE", "")
ACADEMY_PAYMENT_GATEWAYS = {
    "stripe": "academy.payments.stripe.StripeGateway",
    "test": "academy.payments.testmode.TestModeGateway",
}
# How long a place is held while someone pays online. Stripe ends a Checkout session
# at the earliest 30 minutes after it starts; a shorter hold is ended by expire_payments.
ACADEMY_PAYMENT_HOLD_MINUTES = int(os.environ.get("ACADEMY_PAYMENT_HOLD_MINUTES", "30"))

# Errors go to Sentry when SENTRY_DSN is set. Without personal data: no user details,
# cookies or request bodies (forms carry names, e-mail addresses and register numbers).
SENTRY_DSN = os.environ.get("SENTRY_DSN", "")
if SENTRY_DSN:
    import sentry_sdk

    sentry_sdk.init(
        dsn=SENTRY_DSN,
        environment=os.environ.get("SENTRY_ENVIRONMENT", "production"),
        release=os.environ.get("SENTRY_RELEASE") or None,
        send_default_pii=False,
        max_request_body_size="never",
        traces_sample_rate=float(os.environ.get("SENTRY_TRACES_SAMPLE_RATE", "0")),
    )

# Vacaturebank (volunteering): a vacancy is online for this many days after approval (or
# renewal) unless its end date comes first; the organisation is reminded this many days
# before; a reaction not answered within this many working days brings a reminder; and
# reactions and help requests are deleted after this many months (nightly job).
VOLUNTEERING_VACANCY_LIFETIME_DAYS = int(
    os.environ.get("VOLUNTEERING_VACANCY_LIFETIME_DAYS", "183")
)
VOLUNTEERING_EXPIRY_REMINDER_DAYS = 7
VOLUNTEERING_REACTION_ANSWER_DAYS = 5
VOLUNTEERING_RETENTION_MONTHS = int(os.environ.get("VOLUNTEERING_RETENTION_MONTHS", "12"))
# Where new organisations and "Help mij zoeken" requests are announced (VMCA's matching
# staff); empty: the e-mail address in Website-instellingen, else DEFAULT_FROM_EMAIL.
VOLUNTEERING_STAFF_EMAIL = os.environ.get("VOLUNTEERING_STAFF_EMAIL", "")
# "Ik wil dit doen", "Help mij zoeken" and alert sign-ups per client address.
VOLUNTEERING_FORM_RATE = os.environ.get("VOLUNTEERING_FORM_RATE", "5/10m")

# Sociale kaart (guide): an offer not checked for this many months is listed for review.
GUIDE_REVIEW_MONTHS = int(os.environ.get("GUIDE_REVIEW_MONTHS", "12"))
# Wegwijzer "Bel mij": where call-back requests are mailed (VMCA's mantelzorg team; empty:
# the e-mail address in Website-instellingen, else DEFAULT_FROM_EMAIL), after how many days
# a request loses the person's details (nightly job), and how often one client may send the form.
GUIDE_CALLBACK_EMAIL = os.environ.get("GUIDE_CALLBACK_EMAIL", "")
GUIDE_CALLBACK_RETENTION_DAYS = int(os.environ.get("GUIDE_CALLBACK_RETENTION_DAYS", "60"))
GUIDE_FORM_RATE = os.environ.get("GUIDE_FORM_RATE", "5/10m")
