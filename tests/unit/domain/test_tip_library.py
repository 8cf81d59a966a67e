"""The shipped tip library: every BIN theme, every urgent preset one SMS, no personal data."""

from __future__ import annotations

import re

import pytest

from bindesk.domain import privacy, smstext
from bindesk.domain.tips import TYPICAL_VALUES, fields_of, render
from bindesk.services.tips import shipped_presets

LIBRARY = shipped_presets()
URGENT = [p for p in LIBRARY if p["kind"] == "urgent"]
THEMES = {
    "Inbraak",
    "Verdachte persoon",
    "Verdacht voertuig",
    "Valse hulpverleners",
    "Brand",
    "Sluikstorten en zwerfvuil",
    "Vandalisme en graffiti",
    "Milieuproblemen",
    "Lawaaihinder",
    "Algemene preventie",
    "Opvolging",
}
ABBREVIATIONS = re.compile(
    r"\b(?:tel|nr|bv|ong|aub|a\.u\.b|dhr|mevr|ca|evt|i\.v\.m|o\.a|m\.b\.t)\b\.?"
)


def test_every_theme_a_bin_handles_is_covered() -> None:
    assert {p["category"] for p in LIBRARY} == THEMES
    follow_ups = {p["key"] for p in LIBRARY if p["kind"] == "feedback"}
    assert {"dader-gevat", "melding-afgesloten", "bedankt"} <= follow_ups


def test_keys_are_unique_and_every_preset_has_an_action_or_is_a_follow_up() -> None:
    keys = [p["key"] for p in LIBRARY]
    assert len(keys) == len(set(keys))
    assert all(p["action"] for p in LIBRARY if p["kind"] != "feedback")


@pytest.mark.parametrize("preset", URGENT, ids=[p["key"] for p in URGENT])
def test_every_urgent_preset_filled_with_typical_values_fits_one_gsm7_sms(
    preset: dict[str, object],
) -> None:
    text = str(preset["text"])
    fields = fields_of(text, preset.get("fields", []))  # type: ignore[arg-type]
    for values in (
        {f.name: f.example for f in fields},
        {f.name: TYPICAL_VALUES[f.name] for f in fields},
    ):
        filled = render(text, values)
        analysis = smstext.analyse(filled)
        assert analysis.encoding is smstext.Encoding.GSM7, filled
        assert analysis.segments == 1, f"{len(filled)} tekens: {filled}"


@pytest.mark.parametrize("preset", LIBRARY, ids=[p["key"] for p in LIBRARY])
def test_presets_read_without_abbreviations_and_identify_nobody(preset: dict[str, str]) -> None:
    fields = fields_of(preset["text"], preset.get("fields", []))  # type: ignore[arg-type]
    filled = render(preset["text"], {f.name: f.example for f in fields})
    assert not ABBREVIATIONS.search(filled), filled
    assert privacy.check(filled) == []
    assert all(f.hint and f.example for f in fields)
