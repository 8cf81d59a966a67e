"""A small IMAP4rev1 server on loopback for the bounce-mailbox tests.

It implements the subset :class:`bindesk.mail.bounces.BounceMailbox` (through Python's imaplib)
uses, with the real wire format: greeting with capabilities, CAPABILITY, STARTTLS, LOGIN,
AUTHENTICATE XOAUTH2 (continuation + base64), SELECT, UID SEARCH UNSEEN, UID FETCH BODY.PEEK[]
(literals), UID STORE +FLAGS (\\Seen), CLOSE, NOOP, LOGOUT; IMAPS or plain + STARTTLS. It is
not a mail server: one mailbox, in memory.
"""

from __future__ import annotations

import base64
import re
import socket
import socketserver
import ssl
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class StoredMail:
    uid: int
    raw: bytes
    flags: set[str] = field(default_factory=set)


@dataclass
class Mailbox:
    user: str = "bounces@zone.be"
    password: str = "geheim"
    tokens: set[str] = field(default_factory=set)  # accepted XOAUTH2 bearer tokens
    mails: list[StoredMail] = field(default_factory=list)
    commands: list[str] = field(default_factory=list)  # command names, in order
    logins: list[str] = field(default_factory=list)  # "LOGIN" / "XOAUTH2"

    def add(self, raw: bytes, seen: bool = False) -> int:
        uid = (self.mails[-1].uid if self.mails else 100) + 1
        self.mails.append(StoredMail(uid, raw, {"\\Seen"} if seen else set()))
        return uid


_TOKEN = re.compile(r'"((?:[^"\\]|\\.)*)"|(\S+)')


def _args(text: str) -> list[str]:
    return [re.sub(r"\\(.)", r"\1", q) if q or a == "" else a for q, a in _TOKEN.findall(text)]


class ImapServer:
    def __init__(self, cert: Path, key: Path, *, implicit_tls: bool) -> None:
        self.mailbox = Mailbox()
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        mailbox = self.mailbox

        class Handler(socketserver.StreamRequestHandler):
            def setup(self) -> None:
                if implicit_tls:
                    try:
                        self.request = context.wrap_socket(self.request, server_side=True)
                    except (ssl.SSLError, OSError):
                        self.request.close()
                        raise
                self.tls = implicit_tls
                super().setup()

            def finish(self) -> None:
                try:
                    super().finish()
                except OSError:
                    pass
                finally:
                    self.request.close()  # the TLS wrapper: the server closes only the raw one

            def send(self, line: str | bytes) -> None:
                data = line if isinstance(line, bytes) else line.encode()
                self.wfile.write(data if data.endswith(b"\r\n") else data + b"\r\n")
                self.wfile.flush()

            def caps(self) -> str:
                extra = "" if self.tls else " STARTTLS LOGINDISABLED"
                return f"IMAP4rev1 AUTH=XOAUTH2{extra}"

            def handle(self) -> None:
                self.send(f"* OK [CAPABILITY {self.caps()}] bindesk test IMAP ready")
                selected = False
                while True:
                    line = self.rfile.readline()
                    if not line:
                        return
                    tag, _, rest = line.decode().rstrip("\r\n").partition(" ")
                    name, _, tail = rest.partition(" ")
                    name = name.upper()
                    mailbox.commands.append(name if name != "UID" else "UID " + tail.split()[0])
                    if name == "CAPABILITY":
                        self.send(f"* CAPABILITY {self.caps()}")
                        self.send(f"{tag} OK CAPABILITY completed")
                    elif name == "NOOP":
                        self.send(f"{tag} OK NOOP completed")
                    elif name == "STARTTLS" and not self.tls:
                        self.send(f"{tag} OK Begin TLS negotiation now")
                        self.request = context.wrap_socket(self.request, server_side=True)
                        self.rfile = self.request.makefile("rb")
                        self.wfile = self.request.makefile("wb")
                        self.tls = True
                    elif name == "LOGIN":
                        user, password = [*_args(tail), "", ""][:2]
                        if not self.tls:
                            self.send(f"{tag} NO [PRIVACYREQUIRED] LOGIN needs TLS")
                        elif user == mailbox.user and password == mailbox.password:
                            mailbox.logins.append("LOGIN")
                            self.send(f"{tag} OK [CAPABILITY {self.caps()}] LOGIN completed")
                        else:
                            self.send(f"{tag} NO [AUTHENTICATIONFAILED] Invalid credentials")
                    elif name == "AUTHENTICATE" and tail.upper().startswith("XOAUTH2"):
                        self.send("+ ")
                        answer = self.rfile.readline().strip()
                        fields = dict(
                            f.split("=", 1)
                            for f in base64.b64decode(answer).decode().split("\x01")
                            if "=" in f
                        )
                        token = fields.get("auth", "").removeprefix("Bearer ")
                        if (
                            self.tls
                            and fields.get("user") == mailbox.user
                            and (token in mailbox.tokens)
                        ):
                            mailbox.logins.append("XOAUTH2")
                            self.send(f"{tag} OK AUTHENTICATE completed")
                        else:
                            self.send(f"{tag} NO [AUTHENTICATIONFAILED] Invalid token")
                    elif name == "SELECT":
                        if _args(tail)[0].upper() != "INBOX":
                            self.send(f"{tag} NO [NONEXISTENT] Unknown mailbox")
                            continue
                        selected = True
                        self.send(f"* {len(mailbox.mails)} EXISTS")
                        self.send("* 0 RECENT")
                        self.send("* FLAGS (\\Seen \\Deleted)")
                        self.send("* OK [UIDVALIDITY 7] UIDs valid")
                        self.send(f"{tag} OK [READ-WRITE] SELECT completed")
                    elif name == "UID" and selected:
                        self.uid_command(tag, tail)
                    elif name == "CLOSE" and selected:
                        selected = False
                        self.send(f"{tag} OK CLOSE completed")
                    elif name == "LOGOUT":
                        self.send("* BYE logging out")
                        self.send(f"{tag} OK LOGOUT completed")
                        return
                    else:
                        self.send(f"{tag} BAD unknown or unexpected command")

            def uid_command(self, tag: str, tail: str) -> None:
                sub, _, rest = tail.partition(" ")
                sub = sub.upper()
                numbered = list(enumerate(mailbox.mails, start=1))
                if sub == "SEARCH" and rest.strip().upper() == "UNSEEN":
                    uids = [str(m.uid) for _, m in numbered if "\\Seen" not in m.flags]
                    self.send("* SEARCH" + "".join(" " + u for u in uids))
                    self.send(f"{tag} OK SEARCH completed")
                elif sub in ("FETCH", "STORE"):
                    uid_text, _, what = rest.partition(" ")
                    found = [(n, m) for n, m in numbered if str(m.uid) == uid_text]
                    for seq, mail in found:
                        if sub == "FETCH" and what.upper() == "(BODY.PEEK[])":
                            self.send(f"* {seq} FETCH (UID {mail.uid} BODY[] {{{len(mail.raw)}}}")
                            self.wfile.write(mail.raw)
                            self.send(")")
                        elif sub == "STORE" and what.upper().startswith("+FLAGS"):
                            mail.flags.update(_args(what.split(" ", 1)[1].strip("()")))
                            flags = " ".join(sorted(mail.flags))
                            self.send(f"* {seq} FETCH (UID {mail.uid} FLAGS ({flags}))")
                        else:
                            self.send(f"{tag} BAD unsupported {sub} item")
                            return
                    self.send(f"{tag} OK UID {sub} completed")
                else:
                    self.send(f"{tag} BAD unsupported UID command")

        class Server(socketserver.ThreadingTCPServer):
            daemon_threads = True
            allow_reuse_address = True

            def handle_error(self, request: Any, client_address: Any) -> None:
                # a client that refused our certificate or hung up: what the test expects
                pass

        self._server = Server(("127.0.0.1", 0), Handler)
        self.port = int(self._server.server_address[1])
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> ImapServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])
