from __future__ import annotations

from bindesk.domain import smstext
from bindesk.domain.shorten import offer, over_one_segment, shorter_wording

LONG = (
    "BIN-melding: verdachte persoon gezien in de Koning Albertstraat (vanavond rond 21.30 uur): "
    "man in donkere jas met rugzak. Doe uw buitenverlichting aan en bel bij iets verdachts 101."
)


def test_a_text_that_fits_needs_no_offer() -> None:
    assert offer("BIN-melding: inbraak in de Kerkstraat. Bel 101.") is None
    assert over_one_segment("x" * 160) == 0


def test_the_offer_says_by_how_many_characters_and_gives_a_readable_shorter_text() -> None:
    made = offer(LONG)
    assert made is not None
    assert made.segments == 2
    assert made.over_by == len(LONG) - 160 == over_one_segment(LONG)
    assert made.shorter is not None
    assert smstext.analyse(made.shorter).segments == 1
    assert "Koning Albertstraat" in made.shorter and "101" in made.shorter
    assert "man in donkere jas met rugzak" in made.shorter
    for abbreviation in ("tel.", "nr.", "bv.", "ong.", "a.u.b."):
        assert abbreviation not in made.shorter


def test_unicode_is_counted_in_its_own_units_and_transliteration_is_offered_first() -> None:
    text = "BIN-melding: sterke geur van chemicaliën in de Kerkstraat. Hou ramen dicht. Bel 101."
    assert smstext.analyse(text).encoding is smstext.Encoding.UCS2
    made = offer(text)
    assert made is not None and made.over_by == len(text) - 70
    assert made.shorter == text.replace("ë", "e")


def test_advice_goes_before_what_happened_and_the_emergency_number() -> None:
    text = (
        "BIN-melding: brand in de Stationsstraat. Hou ramen en deuren dicht en zet de ventilatie "
        "uit zolang de rook over de wijk trekt. Blijf weg van de brandweerwagens. Volg de raad "
        "van de hulpdiensten. Nood? Bel 112."
    )
    shorter = shorter_wording(text)
    assert shorter is not None and smstext.analyse(shorter).segments == 1
    assert shorter.startswith("BIN: brand in de Stationsstraat.")
    assert shorter.endswith("Nood? Bel 112.")


def test_no_offer_when_nothing_readable_fits() -> None:
    assert shorter_wording("Kerkstraat " * 20 + "101") is None
