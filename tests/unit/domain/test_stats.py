from __future__ import annotations

import pytest

from bindesk.domain.stats import (
    QuestionSpec,
    breakdown,
    nl_decimal,
    percentages,
    question_result,
    suppressed_groups,
)

LIKERT = ("Helemaal oneens", "Oneens", "Neutraal", "Eens", "Helemaal eens")


def test_percentages_one_decimal_summing_to_100_within_rounding() -> None:
    pct = percentages({"a": 1, "b": 1, "c": 1}, 3)
    assert pct == {"a": 33.3, "b": 33.3, "c": 33.3}
    pct = percentages({"a": 1, "b": 2, "c": 4}, 7)
    assert pct == {"a": 14.3, "b": 28.6, "c": 57.1}
    assert abs(sum(pct.values()) - 100) <= 0.05 * len(pct)
    assert percentages({"a": 1, "b": 7}, 8) == {"a": 12.5, "b": 87.5}  # half up, not to even
    assert percentages({"a": 0}, 0) == {"a": 0.0}


def test_dont_know_is_counted_but_not_in_mean_or_median() -> None:
    spec = QuestionSpec("Stelling", "likert", LIKERT)
    answers = ["Eens", "Helemaal eens", "weet niet / geen mening", "Geen mening", "", "eens"]
    r = question_result(spec, answers)
    assert r["n"] == 5
    assert r["counts"] == {
        "Helemaal oneens": 0,
        "Oneens": 0,
        "Neutraal": 0,
        "Eens": 2,
        "Helemaal eens": 1,
        "weet niet / geen mening": 1,
        "Geen mening": 1,
    }
    assert r["percentages"]["Eens"] == 40.0
    assert r["mean"] == round(13 / 3, 2) and r["median"] == 4.0
    assert r["texts"] == []


def test_single_choice_most_frequent_first_without_mean() -> None:
    r = question_result(QuestionSpec("BIN", "single", ("A", "B", "C")), ["B", "C", "B", "A", "B"])
    assert list(r["counts"].items()) == [("B", 3), ("A", 1), ("C", 1)]  # ties keep the listed order
    assert r["mean"] is None and r["median"] is None


@pytest.mark.parametrize(
    ("sizes", "hidden"),
    [
        ({"A": 7, "B": 6, "C": 3}, {"B", "C"}),  # C primary, B complementary
        ({"A": 7, "B": 6, "C": 9}, set()),
        ({"A": 7, "B": 2, "C": 2, "D": 20}, {"A", "B", "C"}),  # B+C = 4 < 5: add A
        ({"A": 7, "B": 3, "C": 4}, {"B", "C"}),  # 7 together: enough
        ({"A": 30, "B": 1}, {"A", "B"}),  # nothing can be shown apart from the total
    ],
)
def test_suppression_primary_and_complementary(sizes: dict[str, int], hidden: set[str]) -> None:
    assert suppressed_groups(sizes) == hidden


def test_breakdown_leaves_out_the_by_question_and_groups_without_answer() -> None:
    specs = [QuestionSpec("BIN", "single", ("A", "B")), QuestionSpec("Ok?", "yesno", ("Ja", "Nee"))]
    responses = [["A", "Ja"]] * 5 + [["B", "Nee"]] * 5 + [["", "Ja"]] * 5
    groups = breakdown(specs, responses, 0)
    assert [(g["group"], g["responses"], g["suppressed"]) for g in groups] == [
        ("A", 5, False),
        ("B", 5, False),
        ("(geen antwoord)", 5, False),
    ]
    assert [q["title"] for q in groups[0]["questions"]] == ["Ok?"]
    assert groups[1]["questions"][0]["counts"] == {"Ja": 0, "Nee": 5}


def test_dutch_decimal() -> None:
    assert nl_decimal(45.8) == "45,8"
    assert nl_decimal(3.857, 2) == "3,86"
