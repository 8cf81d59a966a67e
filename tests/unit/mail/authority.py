"""A small OAuth2 authority on loopback HTTPS that speaks what msal's public client uses.

OpenID discovery, the device authorization endpoint (RFC 8628) and the token endpoint with the
``device_code`` and ``refresh_token`` grants, with Microsoft's response shapes (``client_info``,
an unsigned ``id_token``, ``AADSTS`` error descriptions). It is written from the protocol, not
from Microsoft's servers (which this machine cannot reach): it proves our code drives msal's
real HTTP client, polling and token cache, not that Microsoft answers the same way.
"""

from __future__ import annotations

import base64
import datetime as dt
import ipaddress
import json
import ssl
import threading
import urllib.parse
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID


def self_signed_cert(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1/localhost and its key, as PEM files."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


def _b64(data: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")


@dataclass
class AuthorityState:
    tenant: str = "zone-tenant"
    client_id: str = "client-1"
    user: str = "bin@zone.be"
    approved: bool = False  # the officer typed the code at the verification URL
    pending_polls: int = 0
    expires_in: int = 3600  # of the access tokens handed out
    device_error: dict[str, Any] | None = None  # returned by the device endpoint
    refresh_error: dict[str, Any] | None = None  # returned to a refresh_token grant
    issued: list[str] = field(default_factory=list)  # access tokens, in order
    grants: list[str] = field(default_factory=list)
    scopes: list[str] = field(default_factory=list)


class Authority:
    def __init__(self, folder: Path) -> None:
        self.cert, key = self_signed_cert(folder)
        self.state = AuthorityState()
        state = self.state
        server_ref: dict[str, str] = {}

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def _send(self, status: int, body: dict[str, Any]) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:
                base = server_ref["base"]
                if self.path.startswith(f"/{state.tenant}/v2.0/.well-known/openid-configuration"):
                    prefix = f"{base}/{state.tenant}/oauth2/v2.0"
                    self._send(
                        200,
                        {
                            "issuer": f"{base}/{state.tenant}/v2.0",
                            "authorization_endpoint": f"{prefix}/authorize",
                            "token_endpoint": f"{prefix}/token",
                            "device_authorization_endpoint": f"{prefix}/devicecode",
                        },
                    )
                else:
                    self._send(
                        400,
                        {
                            "error": "invalid_tenant",
                            "error_description": "AADSTS90002: Tenant not found.",
                        },
                    )

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", 0))
                form = dict(urllib.parse.parse_qsl(self.rfile.read(length).decode()))
                if form.get("client_id") != state.client_id:
                    self._send(
                        400,
                        {
                            "error": "unauthorized_client",
                            "error_codes": [700016],
                            "error_description": "AADSTS700016: Application not found",
                        },
                    )
                    return
                if self.path.endswith("/devicecode"):
                    state.scopes = form.get("scope", "").split()
                    if state.device_error is not None:
                        self._send(400, state.device_error)
                        return
                    self._send(
                        200,
                        {
                            "user_code": "BCDF-GHJK",
                            "device_code": "device-code-1",
                            "verification_uri": "https://microsoft.com/devicelogin",
                            "expires_in": 900,
                            "interval": 1,
                            "message": "To sign in, use a web browser to open the page "
                            "https://microsoft.com/devicelogin and enter the code "
                            "BCDF-GHJK to authenticate.",
                        },
                    )
                    return
                grant = form.get("grant_type", "")
                state.grants.append(grant)
                if grant.endswith("device_code"):
                    if not state.approved or state.pending_polls > 0:
                        state.pending_polls = max(0, state.pending_polls - 1)
                        self._send(
                            400,
                            {
                                "error": "authorization_pending",
                                "error_description": "AADSTS70016: pending",
                            },
                        )
                        return
                elif grant == "refresh_token":
                    if state.refresh_error is not None:
                        self._send(400, state.refresh_error)
                        return
                    if form.get("refresh_token") != "refresh-token-1":
                        self._send(400, {"error": "invalid_grant"})
                        return
                else:
                    self._send(400, {"error": "unsupported_grant_type"})
                    return
                token = f"access-token-{len(state.issued) + 1}"
                state.issued.append(token)
                now = int(dt.datetime.now(dt.UTC).timestamp())
                id_token = ".".join(
                    [
                        _b64({"alg": "none", "typ": "JWT"}),
                        _b64(
                            {
                                "iss": f"{server_ref['base']}/{state.tenant}/v2.0",
                                "aud": state.client_id,
                                "iat": now,
                                "exp": now + 3600,
                                "oid": "user-oid",
                                "tid": state.tenant,
                                "sub": "subject",
                                "preferred_username": state.user,
                                "name": "BIN Zone",
                            }
                        ),
                        "",
                    ]
                )
                self._send(
                    200,
                    {
                        "token_type": "Bearer",
                        "scope": " ".join(
                            s
                            for s in (form.get("scope") or " ".join(state.scopes)).split()
                            if s.startswith("https://")
                        ),
                        "expires_in": state.expires_in,
                        "ext_expires_in": state.expires_in,
                        "access_token": token,
                        "refresh_token": "refresh-token-1",
                        "id_token": id_token,
                        "client_info": _b64({"uid": "user-oid", "utid": state.tenant}),
                    },
                )

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(self.cert, key)
        self._server.socket = context.wrap_socket(self._server.socket, server_side=True)
        self.base = f"https://127.0.0.1:{self._server.server_address[1]}"
        server_ref["base"] = self.base
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> Authority:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
