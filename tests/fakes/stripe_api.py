"""A small stand-in for the Stripe API on 127.0.0.1, for the calls the site makes.

It answers POST /v1/checkout/sessions, GET /v1/checkout/sessions/{id},
POST /v1/checkout/sessions/{id}/expire, POST /v1/refunds and GET /v1/events like Stripe
does (same JSON shapes and error format), honours Idempotency-Key (a replay gets the first
answer; the same key with other parameters gets Stripe's idempotency_error) and records
every request. Tests change its state with the helpers (complete_session, add_event,
fail_next, ...). No test reaches the internet.
"""

import copy
import itertools
import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit

SESSION_TYPES = {
    "completed": "checkout.session.completed",
    "succeeded": "checkout.session.async_payment_succeeded",
    "failed": "checkout.session.async_payment_failed",
    "expired": "checkout.session.expired",
}


@dataclass
class Request:
    method: str
    path: str
    params: dict  # flat form keys as Stripe-python sends them: "metadata[registration_id]"
    idempotency_key: str | None
    authorization: str | None

    def param(self, key, default=None):
        return self.params.get(key, default)


@dataclass
class FakeStripe:
    base_url: str = ""
    requests: list = field(default_factory=list)
    sessions: dict = field(default_factory=dict)
    refunds: dict = field(default_factory=dict)
    events: list = field(default_factory=list)
    # What the next refund says: "succeeded", "pending" or "failed".
    refund_status: str = "succeeded"
    _failures: list = field(default_factory=list)
    _idempotent: dict = field(default_factory=dict)
    _ids: itertools.count = field(default_factory=lambda: itertools.count(1))
    _lock: threading.Lock = field(default_factory=threading.Lock)

    # Helpers for tests ------------------------------------------------------------------

    def new_id(self, prefix):
        return f"{prefix}_fake{next(self._ids):06d}"

    def fail_next(self, times=1, status=500):
        """The next `times` requests get this HTTP status (an api_error)."""
        with self._lock:
            self._failures.extend([status] * times)

    def calls(self, method, path_start):
        return [r for r in self.requests if r.method == method and r.path.startswith(path_start)]

    def complete_session(self, session_id, payment_status="paid"):
        """The person paid (or started a bank transfer) on Stripe's page."""
        with self._lock:
            session = self.sessions[session_id]
            session["status"] = "complete"
            session["payment_status"] = payment_status
            session["payment_intent"] = session["payment_intent"] or self.new_id("pi")
            return copy.deepcopy(session)

    def session_event(self, session_id, kind="completed", **changes):
        """Stripe's event for a session ("completed", "succeeded", "failed", "expired")."""
        with self._lock:
            session = copy.deepcopy(self.sessions[session_id])
        session.update(changes)
        return self.add_event(SESSION_TYPES[kind], session)

    def add_event(self, event_type, obj, created=None):
        """An event as GET /v1/events will list it; returned as the dict Stripe sends."""
        event = {
            "id": self.new_id("evt"),
            "object": "event",
            "api_version": "2025-01-27.acacia",
            "created": int(created if created is not None else time.time()),
            "livemode": False,
            "pending_webhooks": 1,
            "type": event_type,
            "data": {"object": copy.deepcopy(obj)},
        }
        with self._lock:
            self.events.append(event)
        return copy.deepcopy(event)

    def charge_refunded_event(self, payment_intent, amount, amount_refunded, refund_ids=()):
        charge = {
            "id": self.new_id("ch"),
            "object": "charge",
            "amount": amount,
            "amount_refunded": amount_refunded,
            "currency": "eur",
            "payment_intent": payment_intent,
            "refunded": amount_refunded >= amount,
            "refunds": {
                "object": "list",
                "data": [{"id": rid, "object": "refund"} for rid in refund_ids],
                "has_more": False,
            },
        }
        return self.add_event("charge.refunded", charge)

    # The API ------------------------------------------------------------------------------

    def handle(self, request):
        """(status, body dict, extra headers) for one request."""
        with self._lock:
            self.requests.append(request)
            if self._failures:
                status = self._failures.pop(0)
                return status, _error("api_error", "Something went wrong on Stripe's end."), {}
            key = request.idempotency_key
            if key and request.method == "POST":
                earlier = self._idempotent.get(key)
                if earlier is not None:
                    if earlier[0] != (request.path, request.params):
                        return (
                            400,
                            _error(
                                "idempotency_error",
                                "Keys for idempotent requests "
                                "can only be used with the same parameters.",
                            ),
                            {},
                        )
                    return earlier[1], copy.deepcopy(earlier[2]), {"Idempotent-Replayed": "true"}
            status, body = self._route(request)
            if key and request.method == "POST":
                self._idempotent[key] = ((request.path, request.params), status, body)
            return status, copy.deepcopy(body), {}

    def _route(self, request):
        parts = request.path.strip("/").split("/")
        if request.method == "POST" and parts == ["v1", "checkout", "sessions"]:
            return self._create_session(request.params)
        if parts[:3] == ["v1", "checkout", "sessions"] and len(parts) >= 4:
            session = self.sessions.get(parts[3])
            if session is None:
                return 404, _error("invalid_request_error", "No such checkout.session")
            if request.method == "GET" and len(parts) == 4:
                return 200, session
            if request.method == "POST" and parts[4:] == ["expire"]:
                if session["status"] != "open":
                    message = (
                        f"Only Checkout Sessions with a status of `open` can be expired. "
                        f"This Checkout Session has a status of `{session['status']}`."
                    )
                    return 400, _error("invalid_request_error", message)
                session["status"] = "expired"
                return 200, session
        if request.method == "POST" and parts == ["v1", "refunds"]:
            return self._create_refund(request.params)
        if request.method == "GET" and parts == ["v1", "events"]:
            return self._list_events(request.params)
        return 404, _error("invalid_request_error", f"Unrecognized request URL ({request.path})")

    def _create_session(self, params):
        for required in ("mode", "success_url", "line_items[0][quantity]"):
            if required not in params:
                return 400, _error("invalid_request_error", f"Missing required param: {required}")
        expires_at = int(params.get("expires_at", time.time() + 86400))
        if expires_at < time.time() + 30 * 60:
            return 400, _error(
                "invalid_request_error",
                "The `expires_at` timestamp must be at least 30 minutes from Checkout Session "
                "creation.",
            )
        session_id = self.new_id("cs_test")
        amount = int(params["line_items[0][price_data][unit_amount]"])
        session = {
            "id": session_id,
            "object": "checkout.session",
            "mode": params["mode"],
            "status": "open",
            "payment_status": "unpaid",
            "payment_intent": None,
            "amount_total": amount,
            "currency": params.get("line_items[0][price_data][currency]"),
            "client_reference_id": params.get("client_reference_id"),
            "customer_email": params.get("customer_email"),
            "locale": params.get("locale"),
            "expires_at": expires_at,
            "metadata": _nested(params, "metadata"),
            "success_url": params["success_url"],
            "cancel_url": params.get("cancel_url"),
            "url": f"https://checkout.stripe.test/c/pay/{session_id}",
            "livemode": False,
        }
        self.sessions[session_id] = session
        return 200, session

    def _create_refund(self, params):
        intent = params.get("payment_intent")
        known = {s["payment_intent"]: s for s in self.sessions.values() if s["payment_intent"]}
        if intent not in known:
            return 400, _error("invalid_request_error", f"No such payment_intent: '{intent}'")
        session = known[intent]
        already = sum(
            r["amount"]
            for r in self.refunds.values()
            if r["payment_intent"] == intent and r["status"] != "failed"
        )
        amount = int(params.get("amount", session["amount_total"] - already))
        if amount + already > session["amount_total"]:
            return 400, _error(
                "invalid_request_error",
                f"Refund amount (€{amount / 100:.2f}) is greater than unrefunded amount on charge.",
                code="amount_too_large",
            )
        refund = {
            "id": self.new_id("re"),
            "object": "refund",
            "amount": amount,
            "currency": "eur",
            "payment_intent": intent,
            "status": self.refund_status,
            "metadata": _nested(params, "metadata"),
        }
        self.refunds[refund["id"]] = refund
        return 200, refund

    def _list_events(self, params):
        types = {value for key, value in params.items() if key.startswith("types[")}
        since = int(params.get("created[gte]", 0))
        limit = int(params.get("limit", 10))
        chosen = [
            e for e in self.events if (not types or e["type"] in types) and e["created"] >= since
        ]
        chosen.sort(key=lambda e: (e["created"], e["id"]), reverse=True)  # newest first
        after = params.get("starting_after")
        if after:
            ids = [e["id"] for e in chosen]
            chosen = chosen[ids.index(after) + 1 :] if after in ids else []
        page = chosen[:limit]
        return 200, {
            "object": "list",
            "url": "/v1/events",
            "has_more": len(chosen) > limit,
            "data": page,
        }


def _error(kind, message, code=None):
    error = {"type": kind, "message": message}
    if code:
        error["code"] = code
    return {"error": error}


def _nested(params, name):
    prefix = f"{name}["
    return {
        key[len(prefix) : -1]: value
        for key, value in params.items()
        if key.startswith(prefix) and key.endswith("]") and "][" not in key
    }


def _handler_for(fake):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _serve(self):
            url = urlsplit(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length).decode() if length else ""
            params = dict(parse_qsl(url.query, keep_blank_values=True))
            params.update(parse_qsl(body, keep_blank_values=True))
            request = Request(
                method=self.command,
                path=url.path,
                params=params,
                idempotency_key=self.headers.get("Idempotency-Key"),
                authorization=self.headers.get("Authorization"),
            )
            if not (request.authorization or "").startswith("Bearer sk_test_"):
                status, content, headers = 401, _error("invalid_request_error", "No API key"), {}
            else:
                status, content, headers = fake.handle(request)
            data = json.dumps(content).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Request-Id", fake.new_id("req"))
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)

        do_GET = _serve
        do_POST = _serve
        do_DELETE = _serve

        def log_message(self, format, *args):  # noqa: A002 (the base class's name)
            pass  # keep test output clean

    return Handler


class FakeStripeServer:
    """Runs a FakeStripe on a free port in a background thread: `with FakeStripeServer() as
    fake: ...` or start()/stop()."""

    def __init__(self):
        self.fake = FakeStripe()
        self._server = None
        self._thread = None

    def start(self):
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self.fake))
        self._server.daemon_threads = True
        port = self._server.server_address[1]
        self.fake.base_url = f"http://127.0.0.1:{port}"
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self.fake

    def stop(self):
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._thread.join(timeout=5)
            self._server = None

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc_info):
        self.stop()
