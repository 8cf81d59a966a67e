"""Survey statistics: counts, percentages, mean and median, and small-group suppression.

Pure: works on the answers it is given. Percentages have one decimal, rounded half up;
with one answer per person they add up to 100 within rounding; for a multiple
choice question each option's percentage is the share of the people who answered it.
"Weet niet / geen mening" is counted and shown, but is not part of a mean or median.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from bindesk.domain.survey_files import (
    Answer,
    is_dont_know,
    norm_answer,
    parse_number,
    scale_position,
)

MIN_GROUP = 5  # a group with fewer responses is not shown
SUPPRESSED_LABEL = "te weinig antwoorden"


@dataclass(frozen=True)
class QuestionSpec:
    title: str
    type: str
    options: tuple[str, ...] = ()


def percentages(counts: Mapping[str, int], n: int) -> dict[str, float]:
    """Share of ``n`` with one decimal, each rounded half up (so one answer per person sums
    to 100 within rounding: at most 0.05 per answer off)."""
    if n <= 0:
        return dict.fromkeys(counts, 0.0)
    tenth = Decimal("0.1")
    return {
        k: float((Decimal(v * 100) / Decimal(n)).quantize(tenth, rounding=ROUND_HALF_UP))
        for k, v in counts.items()
    }


def _number_key(x: float) -> str:
    return str(int(x)) if x.is_integer() else str(x)


def _canonical(value: str, labels: Sequence[str]) -> str:
    """The label as listed (so 'zeer tevreden' and 'Zeer tevreden' count together)."""
    n = norm_answer(value)
    for label in labels:
        if norm_answer(label) == n:
            return label
    return value


def question_result(spec: QuestionSpec, answers: Sequence[Answer]) -> dict[str, Any]:
    """The JSON of one question over the given responses' answers ('' / [] = not answered)."""
    result: dict[str, Any] = {
        "title": spec.title,
        "type": spec.type,
        "n": 0,
        "counts": {},
        "percentages": {},
        "mean": None,
        "median": None,
        "texts": [],
    }
    given = [a for a in answers if a]
    result["n"] = len(given)
    if spec.type == "text":
        result["texts"] = [a for a in given if isinstance(a, str)]
        return result
    if spec.type in ("multiple", "ranking"):
        lists = [a if isinstance(a, list) else [a] for a in given]
        options = list(spec.options) + [o for lst in lists for o in lst if o not in spec.options]
        options = list(dict.fromkeys(options))
        if spec.type == "multiple":
            counts = Counter(o for lst in lists for o in set(lst))
            result["counts"] = {o: counts[o] for o in options}
            result["percentages"] = percentages(result["counts"], len(lists))
            return result
        # ranking: counts = how often an option was ranked first, ordered by mean rank
        ranks: dict[str, list[int]] = {o: [] for o in options}
        for lst in lists:
            for position, o in enumerate(lst, start=1):
                ranks[o].append(position)
        ordered = sorted(options, key=lambda o: statistics.mean(ranks[o]) if ranks[o] else 1e9)
        firsts = Counter(lst[0] for lst in lists if lst)
        result["counts"] = {o: firsts[o] for o in ordered}
        result["percentages"] = percentages(result["counts"], len(lists))
        return result
    values = [a for a in given if isinstance(a, str)]
    dont_know = [v for v in values if is_dont_know(v)]
    dk_labels = list(dict.fromkeys(v.strip() for v in dont_know))
    rest = [v for v in values if not is_dont_know(v)]
    positions: list[float] = []
    if spec.type == "likert":
        labels = list(spec.options)
        counts = Counter(_canonical(v, labels) for v in rest)
        for v in rest:
            point = scale_position(v, labels)
            if point is not None:
                positions.append(point)
        ordered = labels + [k for k in counts if k not in labels]
    elif spec.type == "number":
        numbers = [x for x in (parse_number(v) for v in rest) if x is not None]
        positions = numbers
        counts = Counter(_number_key(x) for x in numbers)
        ordered = [_number_key(x) for x in sorted(set(numbers))]
    else:  # single, yesno: options as listed, the most frequent first for single
        labels = list(spec.options)
        counts = Counter(_canonical(v, labels) for v in rest)
        ordered = labels + [k for k in counts if k not in labels]
        if spec.type == "single":
            ordered = sorted(dict.fromkeys(ordered), key=lambda k: -counts[k])
    dk_counts = Counter(_canonical(v, dk_labels) for v in dont_know)
    all_counts = {k: counts[k] for k in dict.fromkeys(ordered)}
    all_counts.update({k: dk_counts[k] for k in dk_labels})
    result["counts"] = all_counts
    result["percentages"] = percentages(all_counts, len(values))
    if positions and spec.type in ("likert", "number"):
        result["mean"] = round(float(statistics.mean(positions)), 2)
        result["median"] = float(statistics.median(positions))
    return result


def survey_results(
    specs: Sequence[QuestionSpec], responses: Sequence[Sequence[Answer]]
) -> list[dict[str, Any]]:
    """Every question's JSON; ``responses`` holds one answer per question, in spec order."""
    return [question_result(spec, [r[i] for r in responses]) for i, spec in enumerate(specs)]


def suppressed_groups(sizes: Mapping[str, int], minimum: int = MIN_GROUP) -> set[str]:
    """Groups whose figures are not shown.

    A group under ``minimum`` responses is suppressed (primary). Because the total is
    published, one suppressed group would follow by subtraction, and so would a set of
    suppressed groups that together have fewer than ``minimum`` responses: then the next
    smallest group is suppressed as well (complementary), until neither holds.
    """
    hidden = {g for g, n in sizes.items() if n < minimum}
    if not hidden:
        return hidden
    while True:
        shown = sorted((n, g) for g, n in sizes.items() if g not in hidden)
        if not shown:
            return hidden
        if len(hidden) >= 2 and sum(sizes[g] for g in hidden) >= minimum:
            return hidden
        hidden.add(shown[0][1])


def breakdown(
    specs: Sequence[QuestionSpec],
    responses: Sequence[Sequence[Answer]],
    by: int,
    group_label_empty: str = "(geen antwoord)",
) -> list[dict[str, Any]]:
    """Every other question per answer to question ``by`` (a single choice); groups that
    are too small, and the complementary ones, are suppressed."""
    by_spec = specs[by]
    groups: dict[str, list[Sequence[Answer]]] = {}
    for label in by_spec.options:
        groups[label] = []
    for response in responses:
        value = response[by]
        key = _canonical(value, by_spec.options) if isinstance(value, str) and value else ""
        groups.setdefault(key or group_label_empty, []).append(response)
    groups = {g: rs for g, rs in groups.items() if rs}
    hidden = suppressed_groups({g: len(rs) for g, rs in groups.items()})
    out: list[dict[str, Any]] = []
    for group, members in groups.items():
        if group in hidden:
            out.append({"group": group, "responses": None, "suppressed": True, "questions": []})
        else:
            out.append(
                {
                    "group": group,
                    "responses": len(members),
                    "suppressed": False,
                    "questions": [
                        q for i, q in enumerate(survey_results(specs, members)) if i != by
                    ],
                }
            )
    return out


def nl_decimal(value: float, digits: int = 1) -> str:
    """45.8 -> '45,8' (Dutch decimal comma); whole numbers without decimals when digits=0."""
    text = f"{value:.{digits}f}"
    return text.replace(".", ",")
