"""A caching proxy's purge endpoint on 127.0.0.1 (Varnish style): it records every request
(method, path, Host header) and answers 200."""

import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass(frozen=True)
class Purge:
    method: str
    path: str
    host: str


class PurgeServer:
    def __init__(self):
        self.requests = []
        self._lock = threading.Lock()
        recorded = self

        class Handler(BaseHTTPRequestHandler):
            def _record(self):
                with recorded._lock:
                    recorded.requests.append(
                        Purge(self.command, self.path, self.headers.get("Host", ""))
                    )
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            do_PURGE = do_GET = do_POST = _record  # noqa: N815 - http.server's naming

            def log_message(self, *args):
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._server.shutdown()
        self._server.server_close()

    def purged_paths(self):
        return [r.path for r in self.requests if r.method == "PURGE"]
