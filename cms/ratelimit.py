"""A per-client limit on how often an endpoint may be used, kept in the shared cache.

Fixed windows aligned to the clock: every process that shares the cache (Redis in
production, which refuses to start without it: cms.settings.production) counts in the same
bucket, and the time until the window ends is the Retry-After a client gets. A burst at a
window boundary can reach twice the limit; for slowing down guessing that is good enough,
and it costs one cache round trip.
"""

import hashlib
import ipaddress
import re
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext as _

_RATE = re.compile(r"^\s*(\d+)\s*/\s*(\d*)\s*([smhd]?)\s*$")
_UNIT_SECONDS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_rate(rate):
    """'20/10m' → (20, 600): at most 20 uses per 10 minutes. Also '5/h', '100/60', (20, 600)."""
    if isinstance(rate, (tuple, list)) and len(rate) == 2:
        limit, seconds = int(rate[0]), int(rate[1])
    else:
        match = _RATE.match(str(rate))
        if not match:
            raise ImproperlyConfigured(f"A rate looks like '20/10m', not {rate!r}.")
        count, amount, unit = match.groups()
        limit, seconds = int(count), int(amount or 1) * _UNIT_SECONDS[unit]
    if limit < 1 or seconds < 1:
        raise ImproperlyConfigured(f"A rate needs at least one use per second or more: {rate!r}.")
    return limit, seconds


def client_ip(request):
    """The address to count against. Behind N trusted proxies (setting
    TRUSTED_PROXY_COUNT, default 0) the client is the Nth address from the right in
    X-Forwarded-For; anything further left is written by the client and cannot be trusted."""
    hops = settings.TRUSTED_PROXY_COUNT
    address = request.META.get("REMOTE_ADDR", "")
    if hops:
        forwarded = [
            part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        ]
        forwarded = [part for part in forwarded if part]
        if len(forwarded) >= hops:
            address = forwarded[-hops]
    return address


def client_key(request):
    """One IPv4 address, or one IPv6 /64 (a single home or phone gets a whole /64)."""
    address = client_ip(request)
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address or "unknown"
    if ip.version == 6:
        if ip.ipv4_mapped is not None:
            return str(ip.ipv4_mapped)
        return str(ipaddress.ip_network(f"{ip}/64", strict=False))
    return str(ip)


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    count: int
    limit: int
    retry_after: int  # seconds until the window ends


def _now():
    return time.time()


def hit(scope, key, rate):
    """Count one use of `scope` by `key`; allowed is False once the limit is passed."""
    limit, seconds = parse_rate(rate)
    now = _now()
    window = int(now // seconds)
    retry_after = max(1, int((window + 1) * seconds - now + 0.999))
    # Hash the key: no addresses in the cache, and any key fits the cache's key rules.
    digest = hashlib.blake2b(f"{scope}|{key}".encode(), digest_size=16).hexdigest()
    cache_key = f"ratelimit:{scope}:{digest}:{window}"
    # add() only creates the counter; incr() is atomic in Redis and in the memory cache.
    cache.add(cache_key, 0, timeout=seconds + 1)
    try:
        count = cache.incr(cache_key)
    except ValueError:  # expired between add() and incr()
        cache.set(cache_key, 1, timeout=seconds + 1)
        count = 1
    return Verdict(allowed=count <= limit, count=count, limit=limit, retry_after=retry_after)


def hit_request(request, scope, rate):
    return hit(scope, client_key(request), rate)


def wait_minutes(verdict):
    """Whole minutes until the client may try again, for the message (at least 1)."""
    return max(1, -(-verdict.retry_after // 60))


def limit_form(request, scope, rate, form):
    """Count this form's POST. Past `rate`: put "try again in N minutes" on the form and
    return the Retry-After seconds (answer 429 with the form as filled in); else None."""
    verdict = hit_request(request, scope, rate)
    if verdict.allowed:
        return None
    form.add_error(
        None,
        _(
            "U hebt net al een paar keer iets gestuurd. "
            "Probeer het over %(minutes)s minuten opnieuw."
        )
        % {"minutes": wait_minutes(verdict)},
    )
    return verdict.retry_after
