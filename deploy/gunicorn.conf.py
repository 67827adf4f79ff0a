"""Gunicorn settings for the VMCA site (used by deploy/serve-prod and the systemd unit).

Every value can be changed from the environment, so one file serves a laptop and a server:
GUNICORN_BIND, WEB_CONCURRENCY, GUNICORN_WORKER_CLASS, GUNICORN_THREADS, GUNICORN_TIMEOUT,
GUNICORN_MAX_REQUESTS, GUNICORN_ACCESS_LOG ("-" = stdout, "" = off).
"""

import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")

# Sync workers, 2 x cores + 1. Requests here are short and mostly CPU (template rendering)
# or a few quick queries; cached anonymous pages cost no query at all. Threads would share
# one interpreter lock per process and buy nothing for that, while separate processes use
# every core and keep one database connection each, so the PostgreSQL connection count is
# simply servers x workers (+ db_worker + cron). Slow clients are no risk because nginx or
# Caddy in front buffers requests and responses. Switch to gthread
# (GUNICORN_WORKER_CLASS=gthread, GUNICORN_THREADS=4) only without a buffering proxy.
workers = int(os.environ.get("WEB_CONCURRENCY") or 2 * (os.cpu_count() or 1) + 1)
worker_class = os.environ.get("GUNICORN_WORKER_CLASS", "sync")
threads = int(os.environ.get("GUNICORN_THREADS", "1"))

# Load Django once in the master, then fork: workers start in milliseconds and share memory.
# The price: `kill -HUP` does not pick up new code; restart the service after an upgrade.
preload_app = True

# A request longer than this is stuck (Stripe and SMTP calls have their own shorter
# timeouts); the worker is killed and replaced.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
# On SIGTERM, running requests get this long to finish before workers are killed.
graceful_timeout = 30
keepalive = 5

# Recycle each worker after about this many requests, so a slow leak in any library never
# grows without end; the jitter keeps all workers from restarting at the same moment.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "2000"))
max_requests_jitter = max_requests // 10

# Heartbeat files in memory, not on a (possibly slow) disk. Gunicorn creates them itself with
# a random name and unlinks them at once; nothing secret is written there.
SHARED_MEMORY = "/dev/shm"  # noqa: S108
worker_tmp_dir = SHARED_MEMORY if os.path.isdir(SHARED_MEMORY) else None

# The proxy on the same machine sets X-Forwarded-For/-Proto; trust only local proxies
# unless told otherwise (a load balancer on another host: its address here).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")

# Gunicorn 23+ opens a control socket in ~/.gunicorn by default; two servers on one machine
# (or tests next to a running site) would fight over it. Nothing here uses it.
control_socket_disable = "GUNICORN_CONTROL_SOCKET" not in os.environ
if not control_socket_disable:
    control_socket = os.environ["GUNICORN_CONTROL_SOCKET"]

# Access log on stdout (journald or the container collects it). Path without the query
# string (search words and codes stay out of the log), status, bytes, time in ms.
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None
access_log_format = '%(h)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(M)sms "%(f)s" "%(a)s"'
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
proc_name = "vmca"


def when_ready(server):
    """In the master, after the app is loaded and before the workers are forked."""
    from django.db import connections
    from django.urls import get_resolver

    # Import every view module once here, so each forked worker has them and its first
    # request is not seconds slower than the rest.
    get_resolver().url_patterns  # noqa: B018
    # Nothing should have connected to the database yet; if some import did, close it
    # here, or the workers would share one socket and corrupt each other's queries.
    connections.close_all()
