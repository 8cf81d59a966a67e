"""Tip presets: templates with Dutch placeholders (``{straat}``, ``{tijdstip}``, ...)."""

from __future__ import annotations

import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from bindesk.domain.errors import InvalidInput

KNOWN_PLACEHOLDERS = {
    "straat": "de straat van het incident",
    "tijdstip": "het tijdstip, bv. 'vanavond 21u'",
    "omschrijving": "een korte beschrijving, bv. 'man in donkere jas'",
    "gemeente": "de gemeente",
    "voertuig": "het voertuig (zonder nummerplaat)",
}

# What an officer typically types in each field: the library is checked against these
# (every urgent preset filled with them fits one SMS), and a new field without an example
# gets one from here.
TYPICAL_VALUES = {
    "straat": "Koning Albertstraat",
    "tijdstip": "vanavond rond 21.30 uur",
    "omschrijving": "man in donkere jas met rugzak",
    "gemeente": "Sint-Martens-Latem",
    "voertuig": "grijze bestelwagen zonder opschrift",
}


@dataclass(frozen=True)
class Field:
    """A placeholder of a preset with the hint shown beside its input and an example."""

    name: str
    hint: str
    example: str

    def as_dict(self) -> dict[str, str]:
        return {"name": self.name, "hint": self.hint, "example": self.example}


def fields_of(template: str, described: Iterable[Mapping[str, str]] = ()) -> list[Field]:
    """The fields of ``template`` in order; hints and examples from ``described`` (by name),
    else the known ones, else empty."""
    given = {d["name"]: d for d in described if d.get("name")}
    result = []
    for name in placeholders(template):
        d = given.get(name, {})
        result.append(
            Field(
                name,
                (d.get("hint") or KNOWN_PLACEHOLDERS.get(name, "")).strip(),
                (d.get("example") or TYPICAL_VALUES.get(name, "")).strip(),
            )
        )
    return result


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
