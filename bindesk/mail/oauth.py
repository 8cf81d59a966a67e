"""Microsoft 365 sign-in for SMTP: OAuth2 access tokens (XOAUTH2) through ``msal``.

Microsoft 365 turns off password SMTP AUTH; a mailbox can still send over
``smtp.office365.com:587`` with an OAuth2 access token for the scope
``https://outlook.office.com/SMTP.Send``. The desk has no browser redirect to catch, so the
officer signs in once with the *device-code flow*: the desk shows a short code and the address
``https://microsoft.com/devicelogin``; the officer types the code there (on any device), signs in
with the mailbox's account, and the desk receives the tokens. From then on
:class:`MsalTokenProvider` returns an access token from the cache, refreshing it silently with
the refresh token (msal asks for ``offline_access`` by itself: it is one of its reserved scopes).

The token cache holds a refresh token that can send mail as the mailbox: it is written
owner-only (:mod:`bindesk.fileperms`), atomically, and never logged.

Qt-free and database-free. ``msal`` is imported lazily, so a desk that sends with a password
never needs it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bindesk.domain.errors import BindeskError
from bindesk.fileperms import make_private, private_dir, private_open

log = logging.getLogger(__name__)

SMTP_SCOPE = "https://outlook.office.com/SMTP.Send"
#: reading the bounce mailbox over IMAP (Microsoft 365 turns password IMAP off as well)
IMAP_SCOPE = "https://outlook.office.com/IMAP.AccessAsUser.All"
#: what the desk asks for; msal adds ``offline_access`` (refresh token), ``openid`` and
#: ``profile`` itself and refuses them in this list (they are its reserved scopes)
SCOPES = (SMTP_SCOPE,)
RESERVED_SCOPES = ("offline_access", "openid", "profile")
DEFAULT_AUTHORITY_HOST = "https://login.microsoftonline.com"
DEFAULT_TENANT = "organizations"

#: what the zone's IT must allow, for the settings page and ``bindesk mail oauth-login``
IT_REQUIREMENTS_NL = (
    "Wat de IT-dienst van de zone moet toelaten voor Microsoft 365:\n"
    "1. Authenticated SMTP (SMTP AUTH) aan voor de postbus waarmee de desk verstuurt "
    "(Exchange-beheercentrum → postbus → E-mail-apps → Authenticated SMTP).\n"
    "2. Een app-registratie in Microsoft Entra ID met de gedelegeerde machtiging "
    "'SMTP.Send' (Office 365 Exchange Online), toestemming door een beheerder, en "
    "'Openbare clientstromen toestaan' (public client) op Ja. De toepassings-id (client-id) "
    "en de tenant-id vult u hier in.\n"
    "3. Inloggen met een apparaatcode (device-code flow) mag niet geblokkeerd zijn door "
    "een beleid voor voorwaardelijke toegang."
)


class OAuthError(BindeskError):
    """Signing in with Microsoft 365 failed; the message says what to do (often: ask IT)."""


class OAuthLoginRequired(OAuthError):
    """No usable token in the cache: an officer must sign in (again) with the device code."""


class OAuthNotAllowed(OAuthError):
    """Microsoft refused for a reason the zone's IT must fix (app registration, policy)."""


class OAuthUnavailable(OAuthError):
    """Microsoft's sign-in service could not be reached (network, proxy); try again later."""


#: AADSTS codes (and OAuth2 error names) that mean "IT must change something", with the fix
_AADSTS_FIXES = {
    "AADSTS7000218": (
        "De app-registratie is geen openbare client. Vraag de IT-dienst om in de "
        "app-registratie 'Openbare clientstromen toestaan' op Ja te zetten."
    ),
    "AADSTS700016": (
        "Microsoft kent deze toepassings-id (client-id) niet in deze tenant. Controleer de "
        "client-id en de tenant-id bij de IT-dienst."
    ),
    "AADSTS90002": ("Microsoft kent deze tenant niet. Controleer de tenant-id bij de IT-dienst."),
    "AADSTS65001": (
        "Er is nog geen toestemming voor de machtiging 'SMTP.Send'. Vraag de IT-dienst om "
        "beheerderstoestemming te geven in de app-registratie."
    ),
    "AADSTS50105": (
        "Dit account is niet toegewezen aan de app-registratie. Vraag de IT-dienst om het "
        "account toe te voegen."
    ),
    "AADSTS53003": (
        "Een beleid voor voorwaardelijke toegang blokkeert dit inloggen (vaak: inloggen "
        "met een apparaatcode). Vraag de IT-dienst om de device-code flow toe te laten voor "
        "deze app."
    ),
    "AADSTS50097": (
        "Het beleid van de zone vraagt een beheerd toestel. Vraag de IT-dienst om deze pc of "
        "de device-code flow toe te laten."
    ),
    "AADSTS70000": (
        "Het inloggen is niet (meer) geldig. Log opnieuw in bij Microsoft in Instellingen → E-mail."
    ),
    "AADSTS700082": (
        "Het inloggen bij Microsoft is verlopen (lang niet gebruikt). Log opnieuw in bij "
        "Microsoft in Instellingen → E-mail."
    ),
    "AADSTS50173": (
        "Het wachtwoord van de postbus is gewijzigd sinds het inloggen. Log opnieuw in bij "
        "Microsoft in Instellingen → E-mail."
    ),
}

_ERROR_FIXES = {
    "authorization_declined": "Het inloggen bij Microsoft werd geweigerd. Probeer opnieuw.",
    "expired_token": (
        "De apparaatcode is verlopen voor het inloggen klaar was. Klik opnieuw op "
        "'Inloggen bij Microsoft' en voer de nieuwe code binnen 15 minuten in."
    ),
    "bad_verification_code": "Microsoft herkent de apparaatcode niet. Probeer opnieuw.",
    "unauthorized_client": (
        "Deze app mag niet inloggen met een apparaatcode. Vraag de IT-dienst om in de "
        "app-registratie 'Openbare clientstromen toestaan' op Ja te zetten."
    ),
    "invalid_client": (
        "Microsoft weigert de toepassings-id (client-id). Controleer de client-id en of de "
        "app-registratie een openbare client is."
    ),
}

#: refresh failures that only a new sign-in can fix
_LOGIN_AGAIN = ("invalid_grant", "interaction_required", "AADSTS70000", "AADSTS700082",
                "AADSTS50173", "AADSTS50076", "AADSTS50079")  # fmt: skip


def error_from_response(result: dict[str, Any], doing: str) -> OAuthError:
    """A typed Dutch error for msal's error dict (``error``, ``error_description``, codes)."""
    name = str(result.get("error", "onbekende fout"))
    description = str(result.get("error_description", ""))
    codes = [f"AADSTS{c}" for c in result.get("error_codes", [])]
    codes += [word.rstrip(":") for word in description.split() if word.startswith("AADSTS")]
    detail = f" (Microsoft: {name}{', ' + codes[0] if codes else ''})"
    for code in codes:
        if code in _AADSTS_FIXES:
            cls = OAuthLoginRequired if code in _LOGIN_AGAIN else OAuthNotAllowed
            return cls(f"{doing} mislukt. {_AADSTS_FIXES[code]}{detail}")
    if name in _LOGIN_AGAIN:
        return OAuthLoginRequired(
            f"{doing} mislukt: het inloggen bij Microsoft is niet meer geldig. Log opnieuw "
            f"in bij Microsoft in Instellingen → E-mail.{detail}"
        )
    if name in _ERROR_FIXES:
        return OAuthNotAllowed(f"{doing} mislukt. {_ERROR_FIXES[name]}{detail}")
    return OAuthError(f"{doing} mislukt.{detail} {IT_REQUIREMENTS_NL}")


def xoauth2_string(user: str, token: str) -> str:
    """The SASL XOAUTH2 initial response, *before* base64 (``smtplib`` encodes it).

    ``user=<mailbox>^Aauth=Bearer <token>^A^A`` as Google and Microsoft document it.
    """
    if not user or "\x01" in user or "\x01" in token or not token:
        raise OAuthError("Geen geldige gebruiker of token voor XOAUTH2.")
    return f"user={user}\x01auth=Bearer {token}\x01\x01"


@dataclass
class DeviceLogin:
    """A device-code sign-in under way: show ``user_code`` and ``verification_uri``."""

    user_code: str
    verification_uri: str
    message: str  # Microsoft's own sentence (in the language of the account's tenant)
    expires_at: dt.datetime
    flow: dict[str, Any] = field(repr=False)

    def instructions_nl(self) -> str:
        return (
            f"Ga naar {self.verification_uri} en voer de code {self.user_code} in. Meld aan "
            "met het account van de postbus waarmee de desk verstuurt."
        )


class MsalTokenProvider:
    """Callable that returns an SMTP.Send access token for one mailbox, from a private cache.

    ``provider()`` never asks anything: it returns a cached token or refreshes it silently,
    and raises :class:`OAuthLoginRequired` when an officer must sign in
    (:meth:`start_login` + :meth:`finish_login`). Safe to share between threads.
    """

    def __init__(
        self,
        client_id: str,
        tenant: str | None,
        cache_path: Path,
        *,
        username: str | None = None,
        authority_host: str = DEFAULT_AUTHORITY_HOST,
        verify: bool | str = True,
        timeout: float = 30.0,
        scopes: tuple[str, ...] = SCOPES,
    ) -> None:
        if not client_id.strip():
            raise OAuthError(
                "Geen toepassings-id (client-id) ingesteld voor Microsoft 365. Vraag de "
                "IT-dienst om de app-registratie en vul de client-id in. " + IT_REQUIREMENTS_NL
            )
        self.client_id = client_id.strip()
        self.tenant = (tenant or "").strip() or DEFAULT_TENANT
        self.cache_path = Path(cache_path)
        self.username = username
        # the token returned; a sign-in asks for all of them at once (one refresh token of
        # outlook.office.com serves SMTP.Send and IMAP for the same mailbox)
        self.scopes = tuple(scopes)
        self._authority = f"{authority_host.rstrip('/')}/{self.tenant}"
        # a host of our own (tests, a national cloud) is not in msal's list of known hosts
        self._known_host = authority_host.rstrip("/") == DEFAULT_AUTHORITY_HOST
        self._verify = verify
        self._timeout = timeout
        self._lock = threading.RLock()
        self._app: Any = None
        self._cache: Any = None

    # --- the cache file ---------------------------------------------------------------------

    def _load_cache(self) -> Any:
        cache = _msal().SerializableTokenCache()
        if self.cache_path.exists():
            make_private(self.cache_path)  # a copy restored or loosened by hand
            try:
                cache.deserialize(self.cache_path.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                log.warning("Token cache %s unreadable (%s); starting empty", self.cache_path, exc)
        return cache

    def _save_cache(self) -> None:
        if not self._cache.has_state_changed:
            return
        private_dir(self.cache_path.parent)
        tmp = self.cache_path.with_name(self.cache_path.name + ".tmp")
        with private_open(tmp, "w", encoding="utf-8") as handle:
            handle.write(self._cache.serialize())
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, self.cache_path)
        self._cache.has_state_changed = False

    def _application(self) -> Any:
        if self._app is not None:
            return self._app
        import requests

        self._cache = self._load_cache()
        try:
            self._app = _msal().PublicClientApplication(
                self.client_id,
                authority=self._authority,
                token_cache=self._cache,
                verify=self._verify,
                timeout=self._timeout,
                instance_discovery=None if self._known_host else False,
                validate_authority=self._known_host,
            )
        except requests.RequestException as exc:
            raise OAuthUnavailable(
                "Microsoft 365 is niet bereikbaar vanaf deze pc. Controleer de "
                f"internetverbinding (of de proxy) en probeer opnieuw. ({exc.__class__.__name__})"
            ) from exc
        except ValueError as exc:
            raise OAuthNotAllowed(
                f"Microsoft kent de tenant '{self.tenant}' niet. Controleer de tenant-id bij de "
                f"IT-dienst. ({exc})"
            ) from exc
        return self._app

    # --- sign-in ------------------------------------------------------------------------------

    def start_login(self) -> DeviceLogin:
        """Ask Microsoft for a device code; show its ``user_code`` and ``verification_uri``."""
        with self._lock:
            app = self._application()
            flow = _network(lambda: app.initiate_device_flow(scopes=list(self.scopes)))
        if "user_code" not in flow:
            raise error_from_response(flow, "Inloggen bij Microsoft")
        return DeviceLogin(
            user_code=str(flow["user_code"]),
            verification_uri=str(flow.get("verification_uri", "https://microsoft.com/devicelogin")),
            message=str(flow.get("message", "")),
            expires_at=dt.datetime.fromtimestamp(float(flow["expires_at"]), dt.UTC),
            flow=flow,
        )

    def finish_login(
        self, login: DeviceLogin, should_stop: Callable[[], bool] | None = None
    ) -> str:
        """Wait (blocking: off the GUI thread) until the officer signed in; the account name.

        ``should_stop`` is polled between Microsoft's polls; when it returns True the wait ends
        with :class:`OAuthError` ("afgebroken"). Nothing is stored then.
        """
        app = self._application()
        flow = login.flow

        def poll_or_stop(*_args: Any) -> None:
            if should_stop is not None and should_stop():
                flow["expires_at"] = 0  # msal's documented way to end its polling loop

        result = _network(
            lambda: app.acquire_token_by_device_flow(flow, exit_condition=_exit(poll_or_stop))
        )
        if should_stop is not None and should_stop():
            raise OAuthError("Inloggen bij Microsoft afgebroken; er is niets bewaard.")
        if "access_token" not in result:
            raise error_from_response(result, "Inloggen bij Microsoft")
        with self._lock:
            self._save_cache()
        claims = result.get("id_token_claims") or {}
        account = str(claims.get("preferred_username") or claims.get("upn") or "")
        if self.username and account and account.casefold() != self.username.casefold():
            log.warning("Signed in as %s while the mailbox is %s", account, self.username)
        return account

    def signed_in_account(self) -> str | None:
        """The account in the cache (no network), or None when nobody signed in yet."""
        with self._lock:
            if self._cache is None:
                self._cache = self._load_cache()
            accounts = list(self._cache.search(self._cache.CredentialType.ACCOUNT))
        names = [str(a.get("username", "")) for a in accounts]
        if self.username:
            names = [n for n in names if n.casefold() == self.username.casefold()] or names
        return names[0] if names else None

    def sign_out(self) -> None:
        """Forget every token of this desk (removes the cache file)."""
        with self._lock:
            self._app = None
            self._cache = None
            with contextlib.suppress(FileNotFoundError):
                self.cache_path.unlink()

    # --- the token ----------------------------------------------------------------------------

    def __call__(self) -> str:
        with self._lock:
            if not self.cache_path.exists():
                raise OAuthLoginRequired(
                    "Deze pc is nog niet ingelogd bij Microsoft 365 voor het versturen van "
                    "e-mail. Klik in Instellingen → E-mail op 'Inloggen bij Microsoft' ."
                )
            app = self._application()
            accounts = app.get_accounts(username=self.username) or app.get_accounts()
            if not accounts:
                raise OAuthLoginRequired(
                    "Er is geen Microsoft-login bewaard voor deze postbus. Klik in "
                    "Instellingen → E-mail op 'Inloggen bij Microsoft'."
                )
            result = _network(
                lambda: app.acquire_token_silent_with_error(list(self.scopes), account=accounts[0])
            )
            self._save_cache()
        if result is None:
            raise OAuthLoginRequired(
                "Het inloggen bij Microsoft is verlopen. Klik in Instellingen → E-mail op "
                "'Inloggen bij Microsoft'."
            )
        if "access_token" not in result:
            raise error_from_response(result, "Een token ophalen bij Microsoft")
        return str(result["access_token"])


def _msal() -> Any:
    import msal  # type: ignore[import-untyped]

    return msal


def _exit(poll: Callable[..., None]) -> Callable[[dict[str, Any]], bool]:
    def exit_condition(flow: dict[str, Any]) -> bool:
        poll()
        return bool(flow.get("expires_at", 0) < time.time())

    return exit_condition


def _network(call: Callable[[], Any]) -> Any:
    import requests

    try:
        return call()
    except requests.RequestException as exc:
        raise OAuthUnavailable(
            "Microsoft 365 is niet bereikbaar vanaf deze pc. Controleer de internetverbinding "
            f"(of de proxy) en probeer opnieuw. ({exc.__class__.__name__})"
        ) from exc


def cache_file_text(path: Path) -> dict[str, Any]:
    """The cache's JSON (tests and support only; it holds secrets: never log it)."""
    return dict(json.loads(path.read_text(encoding="utf-8")))
