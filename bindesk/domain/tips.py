"""Tip presets: templates with Dutch placeholders (``{straat}``, ``{tijdstip}``, ...)."""

from __future__ import annotations

import string
from collections.abc import Mapping

from bindesk.domain.errors import InvalidInput

KNOWN_PLACEHOLDERS = {
    "straat": "de straat van het incident",
    "tijdstip": "het tijdstip, bv. 'vanavond 21u'",
    "omschrijving": "een korte beschrijving, bv. 'man in donkere jas'",
    "gemeente": "de gemeente",
    "voertuig": "het voertuig (zonder nummerplaat)",
}


def placeholders(template: str) -> list[str]:
    """The placeholder names in ``template``, in order, without repeats."""
    names: list[str] = []
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as exc:
        raise InvalidInput(
            f"Het tipsjabloon is ongeldig: {exc}. Controleer de accolades."
        ) from None
    for _literal, name, _spec, _conv in parsed:
        if name is not None and name not in names:
            if not name.isidentifier():
                raise InvalidInput(
                    f"Het tipsjabloon bevat een ongeldig veld '{{{name}}}'. "
                    "Gebruik bv. {straat}, {tijdstip} of {omschrijving}."
                )
            names.append(name)
    return names


def render(template: str, fields: Mapping[str, str]) -> str:
    """Fill every placeholder; a missing or empty one is refused with its name."""
    names = placeholders(template)
    missing = [n for n in names if not str(fields.get(n, "")).strip()]
    if missing:
        described = ", ".join(
            f"{{{n}}} ({KNOWN_PLACEHOLDERS[n]})" if n in KNOWN_PLACEHOLDERS else f"{{{n}}}"
            for n in missing
        )
        raise InvalidInput(f"Vul nog in: {described}.")
    values = {n: " ".join(str(fields[n]).split()) for n in names}
    return template.format_map(values)
