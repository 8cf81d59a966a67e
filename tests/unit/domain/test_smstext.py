"""Tests for bindesk/domain/smstext.py, checked against python-gammu's own encoder."""

from __future__ import annotations

import unicodedata

import gammu
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bindesk.domain.smstext import (
    _REPLACEMENTS,
    GSM7_BASIC,
    GSM7_EXTENSION,
    Encoding,
    analyse,
    gsm7_units,
    is_gsm7,
    split_segments,
    transliterate,
    transliteration_changes,
)

ALPHABET = sorted(GSM7_BASIC) + sorted(GSM7_EXTENSION)


def gammu_parts(text: str, *, unicode: bool) -> list[str]:
    """The texts of the parts libGammu cuts ``text`` into (what SendSMS would send)."""
    messages = gammu.EncodeSMS(
        {
            "Class": -1,
            "Unicode": unicode,
            "Entries": [{"ID": "ConcatenatedTextLong", "Buffer": text}],
        }
    )
    return [message["Text"] for message in messages]


def gammu_pdu(char: str) -> bytes:
    (message,) = gammu.EncodeSMS(
        {"Class": -1, "Unicode": False, "Entries": [{"ID": "ConcatenatedTextLong", "Buffer": char}]}
    )
    message["Number"] = "+32470123456"
    pdu: bytes = gammu.EncodePDU(message)
    return pdu


# --- the alphabet ----------------------------------------------------------------------------


def test_tables_have_the_spec_sizes() -> None:
    assert len(GSM7_BASIC) == 127  # 128 codes minus the escape
    assert sorted(GSM7_BASIC.values()) == [code for code in range(128) if code != 0x1B]
    assert set(GSM7_EXTENSION) == set("\f^{}\\[~]|€")


def test_basic_table_codes_are_the_septets_gammu_sends() -> None:
    for char, code in GSM7_BASIC.items():
        # one septet: user data length 1, then the septet in one octet
        assert gammu_pdu(char)[-2:] == bytes([1, code]), repr(char)


def test_extension_table_codes_are_the_septets_gammu_sends() -> None:
    for char, code in GSM7_EXTENSION.items():
        # two septets, escape first, packed into two octets
        packed = bytes([2, 0x1B | ((code << 7) & 0xFF), code >> 1])
        assert gammu_pdu(char)[-3:] == packed, repr(char)


def test_alphabet_characters_are_already_nfc() -> None:
    # transliterate() composes first; it must never change a character of the alphabet
    for char in ALPHABET:
        assert unicodedata.normalize("NFC", char) == char


def test_capital_c_cedilla_is_gsm_but_small_is_not() -> None:
    assert is_gsm7("Ç")
    assert not is_gsm7("ç")


def test_encoding_is_a_string() -> None:
    assert Encoding.UCS2 == "ucs2"
    assert str(Encoding.GSM7) == "gsm7"


# --- counting ------------------------------------------------------------------------------


def test_short_flemish_alert_is_one_gsm7_segment() -> None:
    result = analyse("Verdachte persoon in de Kerkstraat")

    assert result.encoding is Encoding.GSM7
    assert result.segments == 1
    assert result.units == 34
    assert result.per_segment == 160
    assert result.remaining == 126
    assert result.non_gsm == ()


def test_empty_text_is_one_empty_segment() -> None:
    result = analyse("")

    assert (result.encoding, result.segments, result.units, result.remaining) == (
        Encoding.GSM7,
        1,
        0,
        160,
    )
    assert split_segments("") == [""]


def test_160_septets_fit_one_segment_161_need_two() -> None:
    assert analyse("a" * 160).segments == 1
    assert analyse("a" * 160).remaining == 0

    result = analyse("a" * 161)
    assert (result.segments, result.per_segment, result.remaining) == (2, 153, 145)
    assert [len(part) for part in split_segments("a" * 161)] == [153, 8]


def test_153_septets_per_concatenated_segment() -> None:
    assert analyse("a" * 306).segments == 2
    assert analyse("a" * 306).remaining == 0
    assert analyse("a" * 307).segments == 3
    assert analyse("a" * 307).remaining == 152


def test_euro_sign_counts_two_septets() -> None:
    assert gsm7_units("€") == 2
    assert gsm7_units("Boete: €50") == 11
    assert analyse("€" * 80).segments == 1
    assert analyse("€" * 80).units == 160
    assert analyse("€" * 81).segments == 2


def test_escape_pair_is_never_split_across_segments() -> None:
    text = "a" * 152 + "€" + "a" * 10  # 164 septets; € would straddle septets 153/154

    assert split_segments(text) == ["a" * 152, "€" + "a" * 10]
    # so 153 euro signs (306 septets) take 76 + 76 + 1 of them: 3 parts, not ceil(306/153)
    assert [len(part) for part in split_segments("€" * 153)] == [76, 76, 1]
    assert analyse("€" * 153).segments == 3


def test_gsm7_units_refuses_characters_outside_the_alphabet() -> None:
    with pytest.raises(ValueError, match="U\\+00EB"):
        gsm7_units("Oordegem: ë")


def test_one_diaeresis_forces_ucs2() -> None:
    result = analyse("Oordegem: ë")

    assert result.encoding is Encoding.UCS2
    assert result.units == 11
    assert (result.segments, result.per_segment, result.remaining) == (1, 70, 59)
    assert result.non_gsm == ("ë",)


def test_non_gsm_lists_distinct_characters_in_order() -> None:
    assert analyse("ëaïë🚨é ï").non_gsm == ("ë", "ï", "🚨")


def test_70_ucs2_units_fit_one_segment_71_need_two() -> None:
    assert analyse("ë" * 70).segments == 1
    assert analyse("ë" * 70).remaining == 0

    result = analyse("ë" * 71)
    assert (result.segments, result.per_segment, result.remaining) == (2, 67, 63)
    assert [len(part) for part in split_segments("ë" * 71)] == [67, 4]


def test_emoji_counts_two_utf16_units() -> None:
    assert analyse("🚨").units == 2
    assert analyse("🚨" * 35).segments == 1
    assert analyse("🚨" * 36).segments == 2


def test_surrogate_pair_is_never_split_across_segments() -> None:
    text = "a" * 66 + "😀" + "b" * 66  # 134 units, but the emoji would straddle units 67/68

    assert split_segments(text) == ["a" * 66, "😀" + "b" * 65, "b"]
    assert analyse(text).segments == 3


# --- against gammu -------------------------------------------------------------------------

_GSM_CHARS = st.sampled_from(ALPHABET)
_GSM_TEXT = st.one_of(
    st.text(_GSM_CHARS, max_size=480),
    # plain filler up to a boundary, then extension characters to straddle it
    st.builds(
        lambda filler, tail: "a" * filler + tail,
        st.integers(140, 470),
        st.text(st.sampled_from(sorted(GSM7_EXTENSION)), max_size=24),
    ),
)
_DUTCH_CHARS = st.sampled_from(
    list("abcdeghijklmnoprstuvwzABDEKLMNOSTVZ .,:;!?'-0123456789\n")
    + list("éèëïêôûâçàùüöäËÉÏÈ€’“”–…")
    + ["🚨", "👮", "😀", "📞"]
)
_DUTCH_TEXT = st.one_of(
    st.text(_DUTCH_CHARS, max_size=300),
    st.builds(
        lambda filler, tail: "ë" * filler + tail,
        st.integers(60, 205),
        st.text(st.sampled_from(["🚨", "😀", "a", "ë"]), max_size=12),
    ),
)


@settings(max_examples=200, deadline=None)
@given(_GSM_TEXT)
def test_gsm7_parts_match_gammu(text: str) -> None:
    result = analyse(text)

    assert result.encoding is Encoding.GSM7
    parts = gammu_parts(text, unicode=False)
    assert result.segments == len(parts)
    assert split_segments(text) == parts


@settings(max_examples=200, deadline=None)
@given(_DUTCH_TEXT)
def test_dutch_text_parts_match_gammu(text: str) -> None:
    result = analyse(text)

    parts = gammu_parts(text, unicode=result.encoding is Encoding.UCS2)
    assert result.segments == len(parts)
    assert split_segments(text) == parts


def test_gammu_keeps_exactly_160_septets_in_one_part() -> None:
    assert gammu_parts("a" * 160, unicode=False) == ["a" * 160]
    assert gammu_parts("a" * 158 + "€", unicode=False) == ["a" * 158 + "€"]


def test_gammu_moves_a_letter_before_a_combining_mark_to_the_next_part() -> None:
    # A known difference, documented in smstext: gammu will not start a UCS-2 part with a
    # combining mark, so it sends one part more than the standard cut needs.
    text = "a" * 66 + "e\u0301" + "b" * 66  # 134 units

    assert analyse(text).segments == 2
    assert len(gammu_parts(text, unicode=True)) == 3
    # transliterated text has no combining marks, and then gammu agrees
    assert analyse(transliterate(text)).segments == 1


def test_gammu_keeps_regional_indicators_together() -> None:
    # Same kind of difference for flag letters (a pair of regional indicators).
    text = "a" * 65 + "🇧🇪" + "b" * 65  # 134 units

    assert analyse(text).segments == 2
    assert len(gammu_parts(text, unicode=True)) == 3


# --- transliteration -----------------------------------------------------------------------


def test_transliterates_an_em_dash() -> None:
    text = "Dader gevat — bedankt voor uw waakzaamheid"

    assert transliterate(text) == "Dader gevat - bedankt voor uw waakzaamheid"
    assert transliteration_changes(text) == [("—", "-")]


def test_transliterates_typographic_apostrophe_and_ellipsis_but_keeps_e_acute() -> None:
    text = "Café Ter Linde, Kerkstraat 12: ’s avonds …"

    assert analyse(text).encoding is Encoding.UCS2
    assert transliterate(text) == "Café Ter Linde, Kerkstraat 12: 's avonds ..."
    assert transliteration_changes(text) == [("’", "'"), ("…", "...")]
    assert analyse(transliterate(text)).encoding is Encoding.GSM7


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Oordegem: ë", "Oordegem: e"),
        ("Inbraak in België, coöperatie en ruïne", "Inbraak in Belgie, coöperatie en ruine"),
        ("Eén reünie in Zeeuws-Vlaanderen", "Eén reünie in Zeeuws-Vlaanderen"),
        ("Façade brûlée à côté de l’hôtel", "Facade brulée à coté de l'hotel"),
        ("FAÇADE", "FAÇADE"),
        ("Straße, Müller, Äpfel, Øresund, Ålesund", "Straße, Müller, Äpfel, Øresund, Ålesund"),
        ("«Attention» „Achtung“ “Let op”", '"Attention" "Achtung" "Let op"'),
        ("Tel.\u00a0112\tof\u202f101", "Tel. 112 of 101"),
        ("Wijk\u00adagent\u200b", "Wijkagent"),
        ("½ uur, 2ᵉ keer, ﬁets, ĳs", "1/2 uur, 2e keer, fiets, ijs"),
        ("Bel 👮 of ❤️ 🇧🇪", "Bel ? of ? ??"),
    ],
)
def test_transliterates_real_text(text: str, expected: str) -> None:
    assert transliterate(text) == expected
    assert is_gsm7(expected)


def test_euro_sign_is_kept_unless_asked() -> None:
    assert transliterate("Boete €50") == "Boete €50"
    assert transliteration_changes("Boete €50") == []
    assert transliterate("Boete €50", keep_euro=False) == "Boete EUR50"
    assert transliteration_changes("Boete €50", keep_euro=False) == [("€", "EUR")]


def test_combining_marks_join_their_letter() -> None:
    decomposed = "Caf" + "e\u0301" + " Noe\u0308l"

    assert transliterate(decomposed) == "Café Noel"
    assert transliteration_changes(decomposed) == [("e\u0301", "é"), ("e\u0308", "e")]
    assert transliterate("\u0301x") == "?x"  # a mark with no letter before it


def test_changes_are_distinct_and_in_order_of_appearance() -> None:
    text = "ë ’ ë ï ’ 😀"

    assert transliteration_changes(text) == [("ë", "e"), ("’", "'"), ("ï", "i"), ("😀", "?")]


def test_replacement_table_produces_gsm7_only() -> None:
    for original, replacement in _REPLACEMENTS.items():
        assert not is_gsm7(original), repr(original)
        assert is_gsm7(replacement), repr(original)


@settings(max_examples=300, deadline=None)
@given(st.text(st.one_of(st.characters(), _DUTCH_CHARS, st.sampled_from(sorted(_REPLACEMENTS)))))
def test_transliterate_always_gives_gsm7_and_is_idempotent(text: str) -> None:
    result = transliterate(text)

    assert is_gsm7(result)
    assert transliterate(result) == result
    assert (result == text) == (transliteration_changes(text) == [])
    assert "€" not in transliterate(text, keep_euro=False)


@settings(max_examples=200, deadline=None)
@given(st.text(_GSM_CHARS))
def test_transliterate_leaves_gsm7_text_unchanged(text: str) -> None:
    assert transliterate(text) == text
    assert transliteration_changes(text) == []
