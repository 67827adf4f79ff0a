"""A tiny SMTP server on 127.0.0.1 that keeps every message it accepts (no aiosmtpd needed).

It speaks just enough SMTP for Django's smtp backend without TLS: EHLO/HELO, MAIL, RCPT,
DATA, RSET, NOOP and QUIT. `refuse_data` makes it answer DATA with a temporary failure
(421), as a mail server that is up but not accepting does.
"""

import socketserver
import threading
from dataclasses import dataclass


@dataclass
class Message:
    sender: str
    recipients: list
    data: bytes


class _Handler(socketserver.StreamRequestHandler):
    def reply(self, line):
        self.wfile.write(f"{line}\r\n".encode())

    def handle(self):
        server = self.server
        sender, recipients = "", []
        self.reply("220 fake-smtp ready")
        while True:
            line = self.rfile.readline()
            if not line:
                return
            command = line.decode("utf-8", "replace").strip()
            verb = command[:4].upper()
            if verb in ("EHLO", "HELO"):
                self.reply("250-fake-smtp" if verb == "EHLO" else "250 fake-smtp")
                if verb == "EHLO":
                    self.reply("250 8BITMIME")
            elif verb == "MAIL":
                sender, recipients = command.split(":", 1)[1].strip(" <>"), []
                self.reply("250 OK")
            elif verb == "RCPT":
                recipients.append(command.split(":", 1)[1].strip(" <>"))
                self.reply("250 OK")
            elif verb == "DATA":
                if server.refuse_data:
                    self.reply("421 try again later")
                    return
                self.reply("354 end with <CRLF>.<CRLF>")
                data = bytearray()
                while True:
                    chunk = self.rfile.readline()
                    if not chunk or chunk in (b".\r\n", b".\n"):
                        break
                    data += chunk[1:] if chunk.startswith(b"..") else chunk
                with server.lock:
                    server.messages.append(Message(sender, list(recipients), bytes(data)))
                self.reply("250 OK queued")
            elif verb in ("RSET", "NOOP"):
                sender, recipients = ("", []) if verb == "RSET" else (sender, recipients)
                self.reply("250 OK")
            elif verb == "QUIT":
                self.reply("221 bye")
                return
            else:
                self.reply("502 command not implemented")


class FakeSMTPServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, port=0):
        super().__init__(("127.0.0.1", port), _Handler)
        self.messages = []
        self.lock = threading.Lock()
        self.refuse_data = False
        self._thread = None

    @property
    def port(self):
        return self.server_address[1]

    def start(self):
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self):
        self.shutdown()
        self.server_close()

    def received_by(self, address):
        with self.lock:
            return [message for message in self.messages if address in message.recipients]
