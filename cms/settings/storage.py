"""Media storage and CDN purging, built from environment variables (see README.md).

Without AWS_STORAGE_BUCKET_NAME, media and private files stay on the local disk. With it,
both go to S3-compatible object storage (AWS, MinIO, Scaleway, OVH, ...) through
django-storages:

- "default" (Wagtail images and documents, renditions): public objects, unsigned URLs.
  Wagtail writes rendition URLs into pages, and those pages sit in the page cache and in
  browsers; a signed URL would expire while the page is still served, and would change on
  every render. So objects are public-read (AWS_DEFAULT_ACL; leave it empty when a bucket
  policy makes the media prefix public, as AWS buckets with ACLs disabled require).
  Documents are streamed through Wagtail's own view (WAGTAILDOCS_SERVE_METHOD), so
  privacy settings on collections keep working.
- "private" (certificates, invoices, exports): private objects, in their own bucket
  (AWS_PRIVATE_STORAGE_BUCKET_NAME) or under their own prefix in the same bucket. The site
  only open()s them and serves them itself after a permission check (academy.downloads);
  should anything ask for a URL, it is signed and short-lived, never public.

Neither storage overwrites an existing file: the invoice code relies on the storage
choosing a free name when two requests store at once, and two uploads called photo.jpg
must not replace each other.
"""

import os

S3_BACKEND = "storages.backends.s3.S3Storage"
FILE_BACKEND = "django.core.files.storage.FileSystemStorage"


def _s3_common(env):
    options = {
        "region_name": env.get("AWS_S3_REGION_NAME") or None,
        "endpoint_url": env.get("AWS_S3_ENDPOINT_URL") or None,
        "file_overwrite": False,
        # Keys come from the environment through boto3's own chain (AWS_ACCESS_KEY_ID,
        # AWS_SECRET_ACCESS_KEY, or an instance role): never from a settings file.
    }
    if env.get("AWS_S3_ADDRESSING_STYLE"):
        options["addressing_style"] = env["AWS_S3_ADDRESSING_STYLE"]  # "path" for MinIO
    return options


def media_storages(env=None, *, private_root):
    """The "default" and "private" entries of STORAGES."""
    env = os.environ if env is None else env
    bucket = env.get("AWS_STORAGE_BUCKET_NAME", "")
    if not bucket:
        return {
            "default": {"BACKEND": FILE_BACKEND},
            "private": {
                "BACKEND": FILE_BACKEND,
                "OPTIONS": {"location": private_root, "base_url": None},
            },
        }
    public_prefix = env.get("AWS_S3_MEDIA_PREFIX", "media")
    private_bucket = env.get("AWS_PRIVATE_STORAGE_BUCKET_NAME") or bucket
    private_prefix = env.get("AWS_S3_PRIVATE_PREFIX", "private" if private_bucket == bucket else "")
    if private_bucket == bucket and private_prefix.strip("/") == public_prefix.strip("/"):
        from django.core.exceptions import ImproperlyConfigured

        raise ImproperlyConfigured(
            "Private files need their own bucket or prefix (AWS_S3_PRIVATE_PREFIX)."
        )
    return {
        "default": {
            "BACKEND": S3_BACKEND,
            "OPTIONS": {
                **_s3_common(env),
                "bucket_name": bucket,
                "location": public_prefix,
                "default_acl": env.get("AWS_DEFAULT_ACL", "public-read") or None,
                "querystring_auth": False,
                "custom_domain": env.get("AWS_S3_CUSTOM_DOMAIN") or None,
                # Uploads keep their name for ever: let browsers and a CDN keep them.
                "object_parameters": {"CacheControl": "public, max-age=31536000"},
            },
        },
        "private": {
            "BACKEND": S3_BACKEND,
            "OPTIONS": {
                **_s3_common(env),
                "bucket_name": private_bucket,
                "location": private_prefix,
                "default_acl": "private",
                "querystring_auth": True,
                "querystring_expire": 60,
                "custom_domain": None,  # a custom domain would give unsigned URLs
                "object_parameters": {"CacheControl": "private, no-store"},
            },
        },
    }


def frontend_cache(env=None):
    """WAGTAILFRONTENDCACHE: which CDN or caching proxy Wagtail tells about a publish.

    What this does and does not do, honestly: on publish and unpublish Wagtail purges the
    page's own URLs (and its routable sub-pages), in a background task. It does not purge
    the pages that list or link to it (news index, home page, agenda, menus) nor anything
    after a snippet or settings change; our own page cache (cms.cache) does catch all of
    those, through the content version. Ordinary pages send no Cache-Control, so a CDN
    keeps HTML only when told to by its own rules (Cloudflare does not cache HTML by
    default; Varnish skips responses with cookies). Static files and media are what a CDN
    helps with most. If HTML is cached at the edge, keep its edge TTL short (a few
    minutes, like PAGE_CACHE_SECONDS) and bypass it for the session cookie: lists may be
    that much behind a publish. Course pages ask for max-age=30 (places left) and the
    calendar feeds for max-age=900; a CDN that follows the origin keeps to those.
    """
    env = os.environ if env is None else env
    backends = {}
    if env.get("FRONTEND_CACHE_PURGE_URL"):
        # Varnish, nginx or any proxy that takes "PURGE /path" with the site's Host header.
        backends["http"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": env["FRONTEND_CACHE_PURGE_URL"],
        }
    if env.get("CLOUDFLARE_ZONE_ID"):
        backends["cloudflare"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "ZONEID": env["CLOUDFLARE_ZONE_ID"],
            "BEARER_TOKEN": env.get("CLOUDFLARE_API_TOKEN", ""),
        }
    if env.get("CLOUDFRONT_DISTRIBUTION_ID"):
        backends["cloudfront"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
            "DISTRIBUTION_ID": env["CLOUDFRONT_DISTRIBUTION_ID"],
        }
    return backends
