from __future__ import annotations

import pytest

from bindesk.domain.errors import InvalidInput
from bindesk.domain.tips import placeholders, render


def test_placeholders_in_order_without_repeats() -> None:
    assert placeholders("{straat} om {tijdstip}, {straat}") == ["straat", "tijdstip"]


def test_render_fills_every_field() -> None:
    text = render(
        "Verdachte persoon in de {straat} ({tijdstip})", {"straat": "Kerkstraat", "tijdstip": "21u"}
    )
    assert text == "Verdachte persoon in de Kerkstraat (21u)"


def test_missing_field_is_named_in_dutch() -> None:
    with pytest.raises(InvalidInput, match=r"\{tijdstip\}"):
        render("In de {straat} om {tijdstip}", {"straat": "Dorp", "tijdstip": "  "})


@pytest.mark.parametrize("template", ["kapot {", "{0}", "{straat.naam}"])
def test_broken_template_is_refused(template: str) -> None:
    with pytest.raises(InvalidInput):
        placeholders(template)
