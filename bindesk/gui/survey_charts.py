"""QtCharts for survey results: one card per question, as in the newsletter.

Closed questions are horizontal bars of percentages; a Likert item is one 100 % stacked bar
(per group, when broken down). Free text is listed as plain text: an answer with ``<b>`` is
shown as typed, never as markup.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalPercentBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from bindesk.domain.stats import nl_decimal

BAR = QColor("#1f4e79")  # police blue
SCALE_COLOURS = ["#b2182b", "#ef8a62", "#d9d9d9", "#67a9cf", "#2166ac"]
DONT_KNOW = QColor("#9e9e9e")
MAX_TEXTS = 25


def _scale_colour(position: int, points: int) -> QColor:
    """Red (worst) to blue (best) across a scale of ``points``."""
    if points <= 1:
        return BAR
    step = (len(SCALE_COLOURS) - 1) * position / (points - 1)
    return QColor(SCALE_COLOURS[round(step)])


def _chart(title_hidden: bool = True) -> QChart:
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 4, 4))
    if title_hidden:
        chart.legend().setVisible(False)
    return chart


def _view(chart: QChart, height: int) -> QChartView:
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(height)
    view.setMaximumHeight(height)
    return view


def _percent_axis(chart: QChart, series: Any, maximum: float = 100.0) -> None:
    axis = QValueAxis()
    axis.setRange(0, maximum)
    axis.setLabelFormat("%d %%")
    axis.setTickCount(6)
    chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis)


def _category_axis(chart: QChart, series: Any, categories: list[str]) -> None:
    axis = QBarCategoryAxis()
    axis.append(categories)
    chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis)


def _binned(question: dict[str, Any], bins: int = 6) -> dict[str, Any]:
    """A number question with many distinct values as ``bins`` ranges of equal width."""
    values = {float(k): v for k, v in question["counts"].items()}
    low, high = min(values), max(values)
    width = max((high - low) / bins, 1e-9)
    if all(v.is_integer() for v in values):
        width = float(max(1, -(-int(high - low + 1) // bins)))
    counts: dict[str, int] = {}
    for start_index in range(bins):
        start = low + start_index * width
        end = start + width
        inside = sum(
            n
            for v, n in values.items()
            if start <= v < end or (start_index == bins - 1 and v == high)
        )
        if start > high:
            break
        last = end - 1 if width.is_integer() and start.is_integer() else end
        counts[
            f"{nl_decimal(start, 0 if start.is_integer() else 1)}–"
            f"{nl_decimal(last, 0 if float(last).is_integer() else 1)}"
        ] = inside
    total = sum(counts.values()) or 1
    return {
        **question,
        "counts": counts,
        "percentages": {k: round(v * 100 / total, 1) for k, v in counts.items()},
    }


def bars(question: dict[str, Any]) -> QChartView:
    """Horizontal bars of percentages, the first answer at the top."""
    if question["type"] == "number" and len(question["counts"]) > 12:
        question = _binned(question)
    chart = _chart()
    answers = list(question["counts"])
    bar_set = QBarSet(QCoreApplication.translate("surveys", "Percentage"))
    bar_set.setColor(BAR)
    for answer in reversed(answers):
        bar_set.append(question["percentages"][answer])
    series = QHorizontalBarSeries()
    series.append(bar_set)
    series.setBarWidth(0.7)
    chart.addSeries(series)
    _category_axis(
        chart,
        series,
        [
            f"{a}: {nl_decimal(question['percentages'][a])} % ({question['counts'][a]})"
            for a in reversed(answers)
        ],
    )
    _percent_axis(chart, series)
    return _view(chart, 80 + 30 * max(len(answers), 1))


def stacked(labels: list[str], rows: list[tuple[str, dict[str, int]]], *, scale: int) -> QChartView:
    """One 100 % bar per row (a Likert item, or one group each); ``scale`` points are coloured
    red to blue, what follows them (weet niet / geen mening) grey."""
    chart = _chart(title_hidden=False)
    series = QHorizontalPercentBarSeries()
    for position, label in enumerate(labels):
        bar_set = QBarSet(label)
        bar_set.setColor(_scale_colour(position, scale) if position < scale else DONT_KNOW)
        for _name, counts in reversed(rows):
            bar_set.append(counts.get(label, 0))
        series.append(bar_set)
    series.setBarWidth(0.6)
    series.setLabelsVisible(True)
    series.setLabelsFormat("@value %")
    chart.addSeries(series)
    _category_axis(chart, series, [name for name, _ in reversed(rows)])
    _percent_axis(chart, series)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return _view(chart, 130 + 34 * len(rows))


def grouped(question_title: str, groups: list[tuple[str, dict[str, Any]]]) -> QChartView:
    """Per group (categories) one bar per answer, in percent of the group."""
    del question_title
    chart = _chart(title_hidden=False)
    series = QHorizontalBarSeries()
    answers = list(dict.fromkeys(a for _, q in groups for a in q["percentages"]))
    for position, answer in enumerate(answers):
        bar_set = QBarSet(answer)
        bar_set.setColor(_scale_colour(position, len(answers)))
        for _name, q in reversed(groups):
            bar_set.append(q["percentages"].get(answer, 0.0))
        series.append(bar_set)
    chart.addSeries(series)
    _category_axis(chart, series, [name for name, _ in reversed(groups)])
    _percent_axis(chart, series)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return _view(chart, 130 + len(groups) * (12 * max(len(answers), 1) + 20))


def _label(text: str, style: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # answers come from a file: never markup
    label.setWordWrap(True)
    if style:
        label.setStyleSheet(style)
    return label


def _facts(question: dict[str, Any]) -> str:
    facts = [f"n = {question['n']}"]
    if question["mean"] is not None:
        facts.append(
            QCoreApplication.translate("surveys", "gemiddelde {mean}").format(
                mean=nl_decimal(question["mean"], 2)
            )
        )
        facts.append(
            QCoreApplication.translate("surveys", "mediaan {median}").format(
                median=nl_decimal(question["median"], 1)
            )
        )
        if question["type"] == "likert":
            facts.append(QCoreApplication.translate("surveys", "zonder 'weet niet / geen mening'"))
    if question["type"] == "multiple":
        facts.append(QCoreApplication.translate("surveys", "meerdere antwoorden mogelijk"))
    if question["type"] == "ranking":
        facts.append(
            QCoreApplication.translate(
                "surveys", "hoe vaak op de eerste plaats, volgens gemiddelde plaats"
            )
        )
    return " · ".join(facts)


def _scale_points(question: dict[str, Any]) -> int:
    """How many of the counts are scale points (the rest is 'weet niet / geen mening')."""
    from bindesk.domain.survey_files import is_dont_know

    return sum(1 for a in question["counts"] if not is_dont_know(a))


def question_card(question: dict[str, Any]) -> QFrame:
    """The card of one question over all responses."""
    card = QFrame()
    card.setObjectName("question_card")
    card.setFrameShape(QFrame.Shape.StyledPanel)
    layout = QVBoxLayout(card)
    layout.addWidget(_label(question["title"], "font-weight: bold; font-size: 11pt;"))
    layout.addWidget(_label(_facts(question), "color: #555;"))
    if question["type"] == "text":
        texts = question["texts"]
        for text in texts[:MAX_TEXTS]:
            layout.addWidget(_label(f"“{text}”"))
        if len(texts) > MAX_TEXTS:
            layout.addWidget(
                _label(
                    QCoreApplication.translate("surveys", "… en nog {n} antwoorden").format(
                        n=len(texts) - MAX_TEXTS
                    )
                )
            )
        if not texts:
            layout.addWidget(_label(QCoreApplication.translate("surveys", "Geen antwoorden.")))
    elif question["type"] == "likert":
        labels = list(question["counts"])
        layout.addWidget(stacked(labels, [("", question["counts"])], scale=_scale_points(question)))
    else:
        layout.addWidget(bars(question))
    return card


def breakdown_card(
    title: str, kind: str, groups: list[tuple[str, dict[str, Any]]], hidden: list[str]
) -> QFrame:
    """The card of one question broken down: shown groups as bars, suppressed ones named."""
    card = QFrame()
    card.setObjectName("question_card")
    card.setFrameShape(QFrame.Shape.StyledPanel)
    layout = QVBoxLayout(card)
    layout.addWidget(_label(title, "font-weight: bold; font-size: 11pt;"))
    if kind == "text":
        count = sum(q["n"] for _, q in groups)
        layout.addWidget(
            _label(
                QCoreApplication.translate(
                    "surveys", "Vrije tekst ({n} antwoorden): zie de resultaten zonder opsplitsing."
                ).format(n=count),
                "color: #555;",
            )
        )
    elif groups:
        facts = "; ".join(f"{name}: n = {q['n']}" for name, q in groups)
        if kind in ("likert", "number"):
            facts = "; ".join(
                f"{name}: n = {q['n']}"
                + (
                    ", "
                    + QCoreApplication.translate("surveys", "gemiddelde {mean}").format(
                        mean=nl_decimal(q["mean"], 2)
                    )
                    if q["mean"] is not None
                    else ""
                )
                for name, q in groups
            )
        layout.addWidget(_label(facts, "color: #555;"))
        if kind in ("likert", "single", "yesno", "ranking"):
            first = groups[0][1]
            labels = list(dict.fromkeys(a for _, q in groups for a in q["counts"]))
            scale = _scale_points(first) if kind == "likert" else len(labels)
            layout.addWidget(stacked(labels, [(n, q["counts"]) for n, q in groups], scale=scale))
        else:
            layout.addWidget(grouped(title, groups))
    if hidden:
        layout.addWidget(
            _label(
                QCoreApplication.translate(
                    "surveys", "Niet getoond, te weinig antwoorden: {groups}"
                ).format(groups=", ".join(hidden)),
                "color: #8a5a00; background: #fff4d6; padding: 4px;",
            )
        )
    return card


def clear(layout: QVBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if isinstance(widget, QWidget):
            widget.setParent(None)
            widget.deleteLater()
