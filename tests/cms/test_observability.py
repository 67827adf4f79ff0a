"""Production logging is one JSON object per line; errors reach Sentry when SENTRY_DSN is
set, without personal data. Sentry is a small fake on 127.0.0.1: nothing leaves the machine."""

import gzip
import json
import threading
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from .test_project_checks import manage


def test_production_logs_one_json_object_per_line(production_env):
    code = "import logging; logging.getLogger('vmca.proef').warning('hallo %s', 'Almere')"
    result = manage("shell", "--settings=cms.settings.production", "-c", code, env=production_env)

    assert result.returncode == 0, result.stderr
    line = [text for text in result.stderr.splitlines() if "vmca.proef" in text][-1]
    record = json.loads(line)
    assert (record["level"], record["logger"], record["message"]) == (
        "WARNING",
        "vmca.proef",
        "hallo Almere",
    )
    assert record["time"] and record["process"]


class FakeSentry(BaseHTTPRequestHandler):
    received = []

    def do_POST(self):  # noqa: N802 (the name http.server calls)
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        encoding = self.headers.get("Content-Encoding", "")
        if encoding == "gzip":
            body = gzip.decompress(body)
        elif encoding == "deflate":
            body = zlib.decompress(body)
        elif encoding == "br":
            import brotli  # the SDK uses it when installed (it comes with WeasyPrint's fonts)

            body = brotli.decompress(body)
        FakeSentry.received.append((self.path, body.decode(errors="replace")))
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"{}")

    def log_message(self, *args):
        pass


@pytest.fixture
def fake_sentry():
    FakeSentry.received = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeSentry)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()


def test_errors_reach_sentry_without_personal_data(production_env, fake_sentry):
    port = fake_sentry.server_address[1]
    env = {**production_env, "SENTRY_DSN": f"http://publickey@127.0.0.1:{port}/42"}
    code = (
        "import sentry_sdk\n"
        "client = sentry_sdk.get_client()\n"
        "print('pii', client.options['send_default_pii'])\n"
        "print('integrations', sorted(client.integrations))\n"
        "try:\n"
        "    raise ValueError('proefstoring')\n"
        "except ValueError:\n"
        "    sentry_sdk.capture_exception()\n"
        "sentry_sdk.flush(10)\n"
    )
    result = manage("shell", "--settings=cms.settings.production", "-c", code, env=env)

    assert result.returncode == 0, result.stderr
    assert "pii False" in result.stdout
    assert "'django'" in result.stdout  # errors in requests are reported too
    (path, envelope) = FakeSentry.received[-1]
    assert path == "/api/42/envelope/"
    assert "ValueError" in envelope and "proefstoring" in envelope


def test_without_sentry_dsn_nothing_is_reported(production_env):
    code = "import sentry_sdk; print('active', sentry_sdk.get_client().is_active())"
    result = manage("shell", "--settings=cms.settings.production", "-c", code, env=production_env)

    assert result.returncode == 0, result.stderr
    assert "active False" in result.stdout
