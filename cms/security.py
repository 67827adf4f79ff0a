"""Security headers that neither Django nor django-csp set the way this site needs.

- The Wagtail admin gets its own Content-Security-Policy (ADMIN_CONTENT_SECURITY_POLICY):
  Wagtail 7.4 still writes inline <script> tags (date pickers, inline panels) and its
  page previews frame the admin itself, so the public policy would break it.
- Permissions-Policy and Cross-Origin-Resource-Policy on every response, cached or not.
"""

from urllib.parse import urlsplit

from csp.constants import SELF
from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config
from django.conf import settings

ADMIN_PATH_PREFIX = "/admin/"


def origin_of(url):
    """`https://media.example/x/` -> `https://media.example`; '' for a relative URL."""
    parts = urlsplit(url or "")
    if parts.scheme in ("http", "https") and parts.netloc:
        return f"{parts.scheme}://{parts.netloc}"
    if not parts.scheme and parts.netloc:  # "//cdn.example/media/"
        return f"https://{parts.netloc}"
    return ""


def media_origins(media_url, env):
    """Where uploaded images and video are served from, when that is not this site.

    From an absolute MEDIA_URL, and from the object storage settings (cms.settings.storage):
    a custom (CDN) domain, an S3-compatible endpoint, or the bucket's own AWS host.
    CSP_EXTRA_MEDIA_ORIGINS (comma-separated) adds any other.
    """
    origins = [origin_of(media_url)]
    if env.get("AWS_S3_CUSTOM_DOMAIN"):
        origins.append(origin_of(f"//{env['AWS_S3_CUSTOM_DOMAIN'].strip('/')}"))
    elif env.get("AWS_STORAGE_BUCKET_NAME"):
        bucket = env["AWS_STORAGE_BUCKET_NAME"]
        endpoint = env.get("AWS_S3_ENDPOINT_URL", "")
        if endpoint:
            origins.append(origin_of(endpoint))
            if env.get("AWS_S3_ADDRESSING_STYLE") != "path":
                parts = urlsplit(endpoint)
                origins.append(f"{parts.scheme}://{bucket}.{parts.netloc}")
        else:
            origins.append(f"https://{bucket}.s3.amazonaws.com")
            if env.get("AWS_S3_REGION_NAME"):
                origins.append(f"https://{bucket}.s3.{env['AWS_S3_REGION_NAME']}.amazonaws.com")
    origins += [item.strip() for item in env.get("CSP_EXTRA_MEDIA_ORIGINS", "").split(",")]
    return list(dict.fromkeys(origin for origin in origins if origin))


def permissions_policy_header(policy):
    """{"camera": ["self"], "usb": []} -> 'camera=(self), usb=()' (RFC 8941 structured list)."""
    items = []
    for feature, allowlist in policy.items():
        members = " ".join(
            origin if origin in ("self", "*") else f'"{origin}"' for origin in allowlist
        )
        items.append(f"{feature}=({members})")
    return ", ".join(items)


def is_admin_preview(request):
    """Wagtail renders an admin preview (editor's preview panel, revision, workflow task,
    draft) by sending a made-up request for the page's own URL through every middleware
    (PreviewableMixin.make_preview_request) and marks it with this attribute before the
    page is served. Only Python sets it: no visitor can ask for it with a header."""
    return getattr(request, "is_preview", False) is True


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin policy for everything under /admin/, and
    admin previews framable by the admin."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        admin_policy = getattr(settings, "ADMIN_CONTENT_SECURITY_POLICY", None)
        is_admin = request.path_info.startswith(ADMIN_PATH_PREFIX)
        if is_admin and admin_policy and not report_only and parts.config is None:
            # A view's own @csp decorator (parts.config) still wins.
            return PolicyParts(
                default_config(admin_policy["DIRECTIVES"]),
                parts.update,
                parts.replace,
                parts.nonce,
            )
        if is_admin_preview(request) and not report_only:
            parts.replace = {**(parts.replace or {}), "frame-ancestors": [SELF]}
        return parts


class AdminPreviewFramingMiddleware:
    """X-Frame-Options SAMEORIGIN on admin previews. Placed inside Django's
    XFrameOptionsMiddleware, which keeps a header that is already there (as it does for
    the xframe_options_sameorigin decorator) and says DENY everywhere else."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if is_admin_preview(request):
            response["X-Frame-Options"] = "SAMEORIGIN"
        return response


class SecurityHeadersMiddleware:
    """Outermost, so that pages answered from the anonymous page cache get these too."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.headers = {}
        policy = getattr(settings, "PERMISSIONS_POLICY", None)
        if policy:
            self.headers["Permissions-Policy"] = permissions_policy_header(policy)
        resource_policy = getattr(settings, "CROSS_ORIGIN_RESOURCE_POLICY", None)
        if resource_policy:
            self.headers["Cross-Origin-Resource-Policy"] = resource_policy

    def __call__(self, request):
        response = self.get_response(request)
        for name, value in self.headers.items():
            response.setdefault(name, value)
        return response
