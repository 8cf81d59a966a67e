"""Charts for survey questions as reportlab ``Drawing``s, drawn shape by shape.

Every ``String`` names its font (reportlab's graphics otherwise fall back to an
unembedded Helvetica). Labels are wrapped to their column; texts from a survey file are
drawn as plain strings (no markup), so ``<b>`` and ``&`` print as they are.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from typing import Any, Literal

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from bindesk.domain.period import dutch_percent
from bindesk.pdf.fonts import BOLD, REGULAR

FONT_SIZE = 8.5
LEADING = 10.5
ROW_GAP = 5.0
TRACK = colors.HexColor("#E9EDF1")
INK = colors.HexColor("#1E2A36")
MUTED = colors.HexColor("#5B6770")
NO_OPINION = colors.HexColor("#B8BEC4")
NEGATIVE = colors.HexColor("#C2553A")
NEUTRAL = colors.HexColor("#E7E1D6")
POSITIVE = colors.HexColor("#1F5F8B")

_NO_OPINION = re.compile(r"weet niet|geen mening|geen idee|n\.?v\.?t|niet van toepassing", re.I)


def is_no_opinion(answer: str) -> bool:
    return bool(_NO_OPINION.search(answer))


def _wrap(text: str, width: float, font: str = REGULAR, size: float = FONT_SIZE) -> list[str]:
    lines: list[str] = simpleSplit(text, font, size, width)
    return lines or [""]


def _mix(a: colors.Color, b: colors.Color, t: float) -> colors.Color:
    return colors.Color(
        a.red + (b.red - a.red) * t,
        a.green + (b.green - a.green) * t,
        a.blue + (b.blue - a.blue) * t,
    )


def scale_colours(count: int) -> list[colors.Color]:
    """A diverging scale: warm for the negative end, neutral middle, blue for the positive."""
    if count <= 1:
        return [POSITIVE] * count
    result = []
    for i in range(count):
        t = i / (count - 1)
        result.append(
            _mix(NEGATIVE, NEUTRAL, t * 2) if t <= 0.5 else _mix(NEUTRAL, POSITIVE, t * 2 - 1)
        )
    return result


def _rect(
    x: float,
    y: float,
    w: float,
    h: float,
    fill: colors.Color,
    stroke: colors.Color | None = None,
    stroke_width: float = 0.0,
) -> Rect:
    rect = Rect(x, y, w, h)
    rect.fillColor = fill
    rect.strokeColor = stroke
    rect.strokeWidth = stroke_width
    return rect


def _drawing(width: float, height: float) -> Drawing:
    """A Drawing whose renderer state starts in our font (else it restores Helvetica)."""
    drawing = Drawing(width, height)
    drawing.initialFontName = REGULAR  # type: ignore[attr-defined]
    drawing.initialFontSize = FONT_SIZE  # type: ignore[attr-defined]
    return drawing


def _luminance(colour: colors.Color) -> float:
    return 0.299 * colour.red + 0.587 * colour.green + 0.114 * colour.blue


def _text(
    x: float,
    y: float,
    text: str,
    *,
    bold: bool = False,
    size: float = FONT_SIZE,
    colour: colors.Color = INK,
    anchor: Literal["start", "middle", "end"] = "start",
) -> String:
    return String(
        x,
        y,
        text,
        fontName=BOLD if bold else REGULAR,
        fontSize=size,
        fillColor=colour,
        textAnchor=anchor,
    )


def bar_order(question: Mapping[str, Any]) -> list[str]:
    """Answers in drawing order: scale order as given, choices by count, 'weet niet' last."""
    answers = list(question["counts"])
    if question["type"] in ("single", "multiple"):  # a ranking comes in mean-rank order
        answers.sort(key=lambda a: -question["counts"][a])
    return [a for a in answers if not is_no_opinion(a)] + [a for a in answers if is_no_opinion(a)]


MAX_NUMBER_BARS = 8


def number_bins(question: Mapping[str, Any]) -> dict[str, Any]:
    """A number question with many different values, in at most ~6 ranges ('0–4', '5–9'):
    counts summed, percentages recomputed over the same total."""
    counts: Mapping[str, int] = question["counts"]
    numeric: dict[float, int] = {}
    other: dict[str, int] = {}
    for key, count in counts.items():
        try:
            numeric[float(key.replace(",", "."))] = count
        except ValueError:
            other[key] = count
    if len(numeric) <= MAX_NUMBER_BARS:
        return dict(question)
    low, high = min(numeric), max(numeric)
    whole = all(v.is_integer() for v in numeric)
    step = float(math.ceil((high - low + 1) / 6)) if whole else (high - low) / 6
    binned: dict[str, int] = {}
    for i in range(6):
        start = low + i * step
        if start > high:
            break
        end = start + step
        last = min(end - 1, high) if whole else end
        label = _num(start) if whole and last == start else f"{_num(start)}–{_num(last)}"
        binned[label] = sum(
            c for v, c in numeric.items() if start <= v < end or (i == 5 and v == high)
        )
    binned.update(other)
    total = sum(counts.values())
    return {
        **question,
        "counts": binned,
        "percentages": {
            k: round(100.0 * c / total, 1) if total else 0.0 for k, c in binned.items()
        },
    }


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}".replace(".", ",")


def bar_chart(question: Mapping[str, Any], width: float, colour: colors.Color) -> Drawing:
    """Horizontal bars, one per answer: wrapped label, a bar on a 0–100 % track, % and count."""
    label_w = width * 0.40
    value_w = stringWidth("100,0 %  (9999)", REGULAR, FONT_SIZE) + 4
    bar_x = label_w + 6
    bar_w = max(width - bar_x - value_w, 40)
    rows = []
    for answer in bar_order(question):
        lines = _wrap(answer, label_w - 4)
        rows.append((answer, lines, max(len(lines) * LEADING, 13.0) + ROW_GAP))
    height = sum(r[2] for r in rows) or 14.0
    drawing = _drawing(width, height)
    y_top = height
    for answer, lines, row_h in rows:
        pct = float(question["percentages"].get(answer, 0.0))
        count = int(question["counts"].get(answer, 0))
        inner = row_h - ROW_GAP
        mid = y_top - inner / 2
        for i, line in enumerate(lines):
            base = mid + (len(lines) - 1) * LEADING / 2 - 3 - i * LEADING
            drawing.add(_text(0, base, line))
        bar_h = 9.0
        fill = NO_OPINION if is_no_opinion(answer) else colour
        drawing.add(_rect(bar_x, mid - bar_h / 2, bar_w, bar_h, TRACK))
        length = bar_w * max(0.0, min(pct, 100.0)) / 100.0
        if length > 0:
            drawing.add(_rect(bar_x, mid - bar_h / 2, length, bar_h, fill))
        drawing.add(_text(bar_x + bar_w + 5, mid - 3, dutch_percent(pct), bold=True))
        drawing.add(
            _text(width, mid - 3, f"({count})", colour=MUTED, size=FONT_SIZE - 1, anchor="end")
        )
        y_top -= row_h
    return drawing


def likert_scale(items: Sequence[Mapping[str, Any]]) -> list[str]:
    """The answers of Likert items in scale order, 'weet niet' and the like last."""
    keys = list(dict.fromkeys(k for item in items for k in item["counts"]))
    return [k for k in keys if not is_no_opinion(k)] + [k for k in keys if is_no_opinion(k)]


def likert_chart(
    items: Sequence[Mapping[str, Any]], width: float, labels: Sequence[str] | None = None
) -> Drawing:
    """100 % stacked bars, one per statement, segments in scale order; a legend below.

    ``labels`` names the bars (default: the items' titles); all empty: no label column."""
    scale = likert_scale(items)
    graded = [a for a in scale if not is_no_opinion(a)]
    palette = dict(zip(graded, scale_colours(len(graded)), strict=True))
    palette.update({a: NO_OPINION for a in scale if is_no_opinion(a)})
    names = list(labels) if labels is not None else [str(i["title"]) for i in items]
    label_w = width * 0.34 if any(names) else -6.0
    n_w = stringWidth("n = 9999", REGULAR, FONT_SIZE - 1) + 6
    bar_x = label_w + 6
    bar_w = width - bar_x - n_w
    rows = []
    for item, name in zip(items, names, strict=True):
        lines = _wrap(name, label_w - 4) if name else []
        rows.append((item, lines, max(len(lines) * LEADING, 16.0) + ROW_GAP))
    legend = _legend_rows(scale, width)
    legend_h = len(legend) * 13.0 + 4
    height = sum(r[2] for r in rows) + legend_h
    drawing = _drawing(width, height)
    y_top = height
    for item, lines, row_h in rows:
        inner = row_h - ROW_GAP
        mid = y_top - inner / 2
        for i, line in enumerate(lines):
            base = mid + (len(lines) - 1) * LEADING / 2 - 3 - i * LEADING
            drawing.add(_text(0, base, line))
        pcts = [max(0.0, float(item["percentages"].get(a, 0.0))) for a in scale]
        total = sum(pcts)
        x = bar_x
        bar_h = 13.0
        if total <= 0:
            drawing.add(_rect(bar_x, mid - bar_h / 2, bar_w, bar_h, TRACK))
        for answer, pct in zip(scale, pcts, strict=True):
            if total <= 0 or pct <= 0:
                continue
            seg = bar_w * pct / total
            fill = palette[answer]
            drawing.add(_rect(x, mid - bar_h / 2, seg, bar_h, fill, colors.white, 0.6))
            label = dutch_percent(pct, 0)
            if stringWidth(label, REGULAR, FONT_SIZE - 1) + 4 <= seg:
                ink = colors.white if _luminance(fill) < 0.55 else INK
                drawing.add(
                    _text(
                        x + seg / 2,
                        mid - 2.8,
                        label,
                        size=FONT_SIZE - 1,
                        colour=ink,
                        anchor="middle",
                    )
                )
            x += seg
        drawing.add(
            _text(
                width, mid - 3, f"n = {item['n']}", size=FONT_SIZE - 1, colour=MUTED, anchor="end"
            )
        )
        y_top -= row_h
    y = legend_h - 11.0
    for row in legend:
        for x, answer in row:
            drawing.add(_rect(x, y, 8, 8, palette[answer]))
            drawing.add(_text(x + 11, y + 1, answer, size=FONT_SIZE - 1))
        y -= 13.0
    return drawing


def _legend_rows(scale: Sequence[str], width: float) -> list[list[tuple[float, str]]]:
    rows: list[list[tuple[float, str]]] = [[]]
    x = 0.0
    for answer in scale:
        w = 11 + stringWidth(answer, REGULAR, FONT_SIZE - 1) + 12
        if rows[-1] and x + w > width:
            rows.append([])
            x = 0.0
        rows[-1].append((x, answer))
        x += w
    return rows
