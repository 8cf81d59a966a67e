"""What a member's SMS reply means: an opt-out, maybe one, or just a reply.

A message that is *only* an opt-out word (STOP, STOPPEN, UIT, UITSCHRIJVEN, AFMELDEN; any
case, spaces and punctuation around it, "aub"/"a.u.b."/"graag" allowed) opts out at once. A
message that may mean it ("Ik wil stoppen met deze berichten", "schrijf mij uit") is flagged for
the desk as a possible opt-out, confirmed with one click. Everything else is a reply: a
witness writing "Uit het raam zag ik ..." is never unsubscribed.
"""

from __future__ import annotations

import enum
import re


class ReplyKind(enum.StrEnum):
    OPT_OUT = "opt_out"
    MAYBE_OPT_OUT = "maybe_opt_out"
    REPLY = "reply"


OPT_OUT_WORDS = frozenset({"stop", "stoppen", "uit", "uitschrijven", "afmelden"})
_POLITE = frozenset({"aub", "graag", "alstublieft", "alsjeblieft", "svp"})

_WORD = re.compile(r"[^\W_]+")
# phrases that may mean "no more messages", matched on the words joined by single spaces
_MAYBE = re.compile(
    r"\b("
    r"uit ?schrijv\w*|uitgeschreven|uitschrijf\w*|af ?meld\w*|afgemeld"
    r"|uit te schrijven"
    r"|schrijf (mij|me|ons|mijn nummer|dit nummer) (\w+ )?uit"
    r"|meld (mij|me|ons|mijn nummer|dit nummer) (\w+ )?af"
    r"|(wil|willen|wens|wensen) (\w+ ){0,3}stoppen"
    r"|stop(pen)? (\w+ ){0,3}(bericht\w*|sms\w*|meldingen|berichtjes|alarm\w*)"
    r"|geen (\w+ ){0,2}(bericht\w*|sms\w*|meldingen|berichtjes) meer"
    r"|niet meer (\w+ ){0,3}(ontvangen|krijgen|sturen|contacteren)"
    r"|verwijder (mij|me|ons|mijn nummer|dit nummer)"
    r"|(uit|van) (de|uw|jullie) (lijst|verzendlijst|groep)"
    r"|unsubscribe|désinscri\w*|desinscri\w*"
    r")\b"
)

_NEGATED = re.compile(r"\bniet (\w+ )?(stop|stoppen|afmelden|uitschrijven)\b( \w+){0,3}")


def words(text: str) -> list[str]:
    """The words of ``text``, case-folded; "a.u.b." becomes "aub"."""
    folded = text.casefold()
    folded = re.sub(r"\ba\W*u\W*b\b\W*", "aub ", folded)
    return _WORD.findall(folded)


def classify(text: str) -> ReplyKind:
    """What a member's reply means (see the module docstring)."""
    found = words(text)
    core = [w for w in found if w not in _POLITE]
    if len(core) == 1 and core[0] in OPT_OUT_WORDS:
        return ReplyKind.OPT_OUT
    joined = _NEGATED.sub(" ", " ".join(found))  # "niet stoppen met deze berichten!"
    if _MAYBE.search(joined):
        return ReplyKind.MAYBE_OPT_OUT
    if core and core[0] == "stop" and len(core) <= 4:  # "Stop ermee", "stop nu aub"
        return ReplyKind.MAYBE_OPT_OUT
    return ReplyKind.REPLY
