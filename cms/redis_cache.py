"""Django's Redis cache backend, reusing clients and surviving a Redis that is down.

Reusing: Django's own backend builds a new redis.Redis client for every cache call, which
costs about as much as the call itself; a page touches the cache a dozen times. The client
is thread-safe (connections come from the pool), so it can be reused.

Surviving: the cache only makes the site faster, so a Redis that does not answer is treated
as an empty cache that forgets what it is told: reads miss, writes do nothing. Pages are
then built from the database (slower, no page cache) and sessions come from the database
(cached_db). Connections time out after SOCKET_TIMEOUT seconds, and after a failure this
process leaves Redis alone for DOWN_SECONDS, so a dead Redis costs a request at most one
short wait instead of a wait per cache call. A warning is logged at most every
WARN_EVERY_SECONDS per process.

Fail-open or fail-closed, per use:
- add() answers True ("stored"), so callers that take a lock with add() go ahead: allauth's
  rate-limit lock would otherwise wait a second and then refuse every sign-in. Rate limits
  (allauth's and cms.ratelimit) so let everything through while Redis is down; the
  one-time login code still dies after 3 wrong tries, because allauth counts those in the
  session (in the database).
- add() of a used-TOTP-code marker (FAIL_CLOSED_ADD_PREFIXES) answers False: replaying a
  two-factor code must stay impossible, so two-factor sign-in with an app code waits for
  Redis (recovery codes live in the database and keep working).
- incr()/decr() raise ValueError as for a missing key; every caller in this project then
  falls back to set(), which does nothing.

After an outage the cache may hold values that changed meanwhile (a deleted session, an old
content version). So the keys this cache object (one per thread) failed to write or delete
are deleted as soon as Redis answers again; when there were too many to remember, the whole
Redis database is emptied (FLUSHDB): give the site a Redis database of its own.
"""

import logging
import threading
import time
from urllib.parse import urlsplit

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient
from redis.backoff import NoBackoff
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError
from redis.retry import Retry

logger = logging.getLogger(__name__)

SOCKET_TIMEOUT = 0.25
DOWN_SECONDS = 5.0
WARN_EVERY_SECONDS = 60.0
MAX_FORGOTTEN_KEYS = 10_000
FAIL_CLOSED_ADD_PREFIXES = ("allauth.mfa.totp.used",)
UNREACHABLE = (RedisConnectionError, RedisTimeoutError, OSError)
_last_warning = {}
_warnings_lock = threading.Lock()


class ReusingRedisCacheClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class _Unreachable(Exception):
    pass


class RedisCache(DjangoRedisCache):
    def __init__(self, server, params):
        params = {**params}
        options = params["OPTIONS"] = {**params.get("OPTIONS", {})}
        options.setdefault("socket_connect_timeout", SOCKET_TIMEOUT)
        options.setdefault("socket_timeout", SOCKET_TIMEOUT)
        # redis-py retries three times with up to seconds of back-off by default; one quick
        # retry covers a pooled connection that Redis closed, nothing more.
        options.setdefault("retry", Retry(NoBackoff(), 1))
        super().__init__(server, params)
        self._class = ReusingRedisCacheClient
        self._lock = threading.Lock()
        self._down_until = 0.0
        self._forgotten = set()  # keys whose write or delete did not reach Redis
        self._forgot_too_many = False

    # Outage bookkeeping -------------------------------------------------------------------

    def _call(self, operation, *args, written=(), **kwargs):
        """operation(*args) on Redis; raises _Unreachable when Redis does not answer."""
        if self._down_until and time.monotonic() < self._down_until:
            self._forget(written)
            raise _Unreachable
        try:
            if self._down_until:
                self._drop_forgotten()
            result = operation(*args, **kwargs)
        except UNREACHABLE as error:
            self._went_down(error)
            self._forget(written)
            raise _Unreachable from error
        if self._down_until:
            self._down_until = 0.0
            logger.info("Redis cache at %s answers again.", self._where)
        return result

    def _went_down(self, error):
        now = time.monotonic()
        self._down_until = now + DOWN_SECONDS
        # Django keeps a cache object per thread: count warnings per process and server.
        with _warnings_lock:
            last = _last_warning.get(self._where)
            warn = last is None or now - last >= WARN_EVERY_SECONDS
            if warn:
                _last_warning[self._where] = now
        if warn:
            logger.warning(
                "Redis cache at %s does not answer (%r); serving without it for now.",
                self._where,
                error,
            )

    def _forget(self, keys):
        with self._lock:
            if self._forgot_too_many:
                return
            self._forgotten.update(keys)
            if len(self._forgotten) > MAX_FORGOTTEN_KEYS:
                self._forgot_too_many = True
                self._forgotten.clear()

    def _drop_forgotten(self):
        """Redis may answer again: drop what changed while it could not be told."""
        with self._lock:
            keys, self._forgotten = self._forgotten, set()
            everything, self._forgot_too_many = self._forgot_too_many, False
        try:
            if everything:
                super().clear()
            else:
                for version in {version for _key, version in keys}:
                    super().delete_many([k for k, v in keys if v == version], version)
        except BaseException:
            with self._lock:
                self._forgotten |= keys
                self._forgot_too_many = self._forgot_too_many or everything
            raise

    @property
    def _where(self):
        # Host and port only: the URL may carry a password.
        address = urlsplit(self._servers[0])
        return f"{address.hostname}:{address.port or 6379}"

    @property
    def is_down(self):
        return bool(self._down_until) and time.monotonic() < self._down_until

    # The cache API, with Redis down treated as an empty, forgetful cache ----------------

    def get(self, key, default=None, version=None):
        try:
            return self._call(super().get, key, default, version)
        except _Unreachable:
            return default

    def get_many(self, keys, version=None):
        try:
            return self._call(super().get_many, keys, version)
        except _Unreachable:
            return {}

    def has_key(self, key, version=None):
        try:
            return self._call(super().has_key, key, version)
        except _Unreachable:
            return False

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            self._call(super().set, key, value, timeout, version, written=[(key, version)])
        except _Unreachable:
            pass

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        written = [(key, version) for key in data]
        try:
            return self._call(super().set_many, data, timeout, version, written=written)
        except _Unreachable:
            return list(data)  # Django's contract: the keys that were not stored

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            return self._call(super().add, key, value, timeout, version, written=[(key, version)])
        except _Unreachable:
            return not str(key).startswith(FAIL_CLOSED_ADD_PREFIXES)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        try:
            return self._call(super().touch, key, timeout, version)
        except _Unreachable:
            return False

    def incr(self, key, delta=1, version=None):
        try:
            return self._call(super().incr, key, delta, version, written=[(key, version)])
        except _Unreachable:
            raise ValueError(f"Key '{key}' not found (the cache does not answer).") from None

    def delete(self, key, version=None):
        try:
            return self._call(super().delete, key, version, written=[(key, version)])
        except _Unreachable:
            return False

    def delete_many(self, keys, version=None):
        written = [(key, version) for key in keys]
        try:
            self._call(super().delete_many, keys, version, written=written)
        except _Unreachable:
            pass

    def clear(self):
        try:
            return self._call(super().clear)
        except _Unreachable:
            with self._lock:
                self._forgot_too_many = True
                self._forgotten.clear()
            return False
