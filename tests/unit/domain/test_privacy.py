"""The privacy guard: what identifies a person is found, what a BIN text is full of is not."""

from __future__ import annotations

import pytest

from bindesk.domain.privacy import PrivacyKind, check


def kinds(text: str) -> list[PrivacyKind]:
    return [w.kind for w in check(text)]


def found(text: str) -> list[str]:
    return [w.found for w in check(text)]


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Verdachte wagen met nummerplaat 1-ABC-123 in de Kerkstraat.", "1-ABC-123"),
        ("Grijze Golf 1ABC123 reed weg richting Gent.", "1ABC123"),
        ("Wagen 1 ABC 123 stond lang stil.", "1 ABC 123"),
        ("Wagen 1.ABC.123 stond lang stil.", "1.ABC.123"),
        ("Auto met plaat 2-xyz-987 gezien.", "2-xyz-987"),
        ("Oude Mercedes ABC-123 aan de kerk.", "ABC-123"),
        ("Oude Mercedes abc123 aan de kerk.", "abc123"),
        ("Bestelwagen 123-ABC, wit.", "123-ABC"),
        ("Nederlandse wagen 12-AB-34 rijdt rond.", "12-AB-34"),
        ("Nederlandse wagen 99-XXX-9 rijdt rond.", "99-XXX-9"),
        ("Nederlandse wagen G-123-BB rijdt rond.", "G-123-BB"),
        ("Franse wagen AB-123-CD gezien.", "AB-123-CD"),
        ("Franse wagen AB 123 CD gezien.", "AB 123 CD"),
        ("Duitse wagen B-MW 1234 gezien.", "B-MW 1234"),
        ("Duitse wagen KLE-X 12 gezien.", "KLE-X 12"),
        ("Kenteken: PL4T3 (Pools).", "PL4T3"),
    ],
)
def test_licence_plates_are_found(text: str, plate: str) -> None:
    warnings = check(text)
    assert [(w.kind, w.found) for w in warnings] == [(PrivacyKind.PLATE, plate)]
    assert text[warnings[0].start : warnings[0].end] == plate


@pytest.mark.parametrize(
    "text",
    [
        "BIN-melding: inbraak in de Kerkstraat. Bel 101.",
        "Zag u iets? BEL 101 of in nood 112.",
        "Verdachte persoon gezien vanavond om 21.30 uur, richting E40 en N60.",
        "Noteer de nummerplaat en bel 101.",
        "Op 01-12-26 om 21u30 in de Stationsstraat.",
        "Verkeer omgeleid via de R4 en de A12.",
        "Het covid-19 centrum aan de Markt is dicht.",
        "Inbraak in de Koning Albertstraat 12. Doe uw buitenverlichting aan.",
        "Werken in de Stationsstraat 120-140 tot 15 december.",
    ],
)
def test_ordinary_bin_texts_raise_no_warning(text: str) -> None:
    assert check(text) == []


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("Contact via 0470 12 34 56 na 18 uur.", "0470 12 34 56"),
        ("Bel hem op 0470/12.34.56.", "0470/12.34.56"),
        ("Bel hem op 0470123456.", "0470123456"),
        ("Zijn nummer is +32 470 12 34 56.", "+32 470 12 34 56"),
        ("Zijn nummer is 0032 470 12 34 56.", "0032 470 12 34 56"),
        ("Vast nummer 09 123 45 67 belt aan.", "09 123 45 67"),
        ("Nederlands nummer +31 6 12345678.", "+31 6 12345678"),
    ],
)
def test_phone_numbers_are_found(text: str, phone: str) -> None:
    assert [(w.kind, w.found) for w in check(text)] == [(PrivacyKind.PHONE, phone)]


@pytest.mark.parametrize(
    "text",
    [
        "Gratis afwezigheidstoezicht: bel 0800 12 345.",
        "Info op 078 15 15 15.",
        "Zone Schelde-Leie, postcode 9000 Gent, 1 december 2026.",
        "Tussen 2000 en 2500 euro buit.",
    ],
)
def test_service_numbers_postcodes_and_amounts_are_not_phone_numbers(text: str) -> None:
    assert check(text) == []


@pytest.mark.parametrize(
    ("text", "email"),
    [
        ("Info bij jan.peeters@example.be graag.", "jan.peeters@example.be"),
        ("Mail naar x+bin@politie-zone.gent.be.", "x+bin@politie-zone.gent.be"),
    ],
)
def test_email_addresses_are_found(text: str, email: str) -> None:
    assert [(w.kind, w.found) for w in check(text)] == [(PrivacyKind.EMAIL, email)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Een man genaamd Kevin liep rond.", "genaamd Kevin"),
        ("De dader, met name Jan Peeters, is gekend.", "met name Jan Peeters"),
        ("De heer De Smet meldde lawaai.", "De heer De Smet"),
        ("Mevrouw Janssens werd bestolen.", "Mevrouw Janssens"),
        ("bij mevrouw van den Broeck aangebeld", "mevrouw van den Broeck"),
        ("Dhr. Peeters zag alles.", "Dhr. Peeters"),
        ("De familie Vermeulen is met vakantie.", "familie Vermeulen"),
        ("Hij heet Mohamed en is 16.", "heet Mohamed"),
        ("De zoon van Claes zou betrokken zijn.", "zoon van Claes"),
        ("Een jongen, bekend als Bram, spoot graffiti.", "bekend als Bram"),
    ],
)
def test_names_after_the_words_that_introduce_one_are_found(text: str, name: str) -> None:
    assert [(w.kind, w.found) for w in check(text)] == [(PrivacyKind.NAME, name)]


@pytest.mark.parametrize(
    "text",
    [
        "Inbraken, met name in de Kerkstraat en de Molenstraat.",
        "Het is heet vandaag: laat geen ramen open.",
        "Mevrouw, meneer, bedankt voor uw waakzaamheid!",
        "Een man in donkere jas belde aan bij de woningen.",
        "Verdachte persoon in de Van Eycklaan 5 en de Koning Albertstraat 12.",
        "Lawaai aan het Sint-Pietersplein 3 en in de Jozef Plateaustraat 22.",
        "De familie van de slachtoffers bedankt u.",
    ],
)
def test_streets_and_ordinary_words_are_not_persons(text: str) -> None:
    assert check(text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Inbraak bij Peeters in de Kerkstraat 12.", "bij Peeters in de Kerkstraat 12"),
        ("Inbraak in de Kerkstraat 12 bij Janssens.", "Kerkstraat 12 bij Janssens"),
        (
            "Jan Peeters, Koning Albertstraat 12, zag een man.",
            "Jan Peeters, Koning Albertstraat 12",
        ),
        ("Bij Claes op nummer 7b werd ingebroken.", "Bij Claes op nummer 7b"),
        (
            "De woning van Vermeulen, Dorpsplein 3, was het doelwit.",
            "woning van Vermeulen, Dorpsplein 3",
        ),
    ],
)
def test_a_house_number_with_a_name_is_found(text: str, address: str) -> None:
    assert [(w.kind, w.found) for w in check(text)] == [(PrivacyKind.ADDRESS, address)]


def test_several_finds_come_in_reading_order_with_a_dutch_message() -> None:
    text = "Mevrouw Janssens (0470 12 34 56) zag wagen 1-ABC-123, mail: a@b.be."
    warnings = check(text)
    assert [w.kind for w in warnings] == [
        PrivacyKind.NAME,
        PrivacyKind.PHONE,
        PrivacyKind.PLATE,
        PrivacyKind.EMAIL,
    ]
    assert "nummerplaat" in warnings[2].message and "'1-ABC-123'" in warnings[2].message
    assert warnings[2].as_dict()["kind"] == "plate"


def test_a_plate_is_not_also_reported_as_something_else() -> None:
    assert kinds("Wagen 1-ABC-123 gezien, nummerplaat 1-ABC-123.") == [
        PrivacyKind.PLATE,
        PrivacyKind.PLATE,
    ]
