"""The newsletter document: A4, the zone's house style, built with reportlab platypus.

Input is plain data (:class:`NewsletterData`); ``services.newsletter`` assembles it from
the database. Every text is escaped before it reaches a ``Paragraph`` (a survey answer
``<b>`` or ``&`` prints as it is), and every string uses the embedded DejaVu Sans.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from bindesk.domain.period import dutch_duration, dutch_number, dutch_percent
from bindesk.pdf import charts, fonts
from bindesk.pdf.fonts import BOLD, REGULAR

PAGE_W, PAGE_H = A4
MARGIN = 18 * mm
HEADER_H = 38 * mm
CONTENT_W = PAGE_W - 2 * MARGIN
CLOSED_TYPES = ("single", "likert", "yesno", "multiple", "ranking", "number")
KIND_LABELS = {"urgent": "Dringend", "prevention": "Preventie", "feedback": "Opvolging"}

StepReport = Callable[[int, int, str], None]


@dataclass(frozen=True)
class Style:
    zone_name: str
    primary: str = "#1B3A5C"
    accent: str = "#2E86C1"
    zone_phone: str = ""
    zone_email: str = ""
    zone_website: str = ""
    logo: Path | None = None


@dataclass(frozen=True)
class Article:
    title: str
    body: str


@dataclass(frozen=True)
class NetworkFigures:
    """One BIN's alerts in the period (or the whole zone's, ``network`` = 'Hele zone')."""

    network: str
    alerts_by_kind: Mapping[str, int]
    members_reached: int
    deliveries: int
    delivered: int
    median_seconds_to_all: float | None

    @property
    def delivery_rate(self) -> float | None:
        return 100.0 * self.delivered / self.deliveries if self.deliveries else None


@dataclass(frozen=True)
class Tip:
    title: str
    text: str


@dataclass(frozen=True)
class Comment:
    question: str
    text: str


@dataclass(frozen=True)
class NewsletterData:
    style: Style
    title: str
    period_label: str
    edition: int | None = None
    word: str = ""
    articles: Sequence[Article] = ()
    survey: Mapping[str, Any] | None = None
    figures: Sequence[NetworkFigures] = ()
    tips: Sequence[Tip] = ()
    comments: Sequence[Comment] = field(default_factory=tuple)


def esc(text: object) -> str:
    """Plain text for a Paragraph: markup characters escaped, line breaks kept."""
    return escape(str(text)).replace("\n", "<br/>")


def paragraphs(text: str) -> list[str]:
    """Blank lines separate paragraphs."""
    return [p.strip() for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]


class _Styles:
    def __init__(self, style: Style) -> None:
        self.primary = colors.HexColor(style.primary)
        self.accent = colors.HexColor(style.accent)
        self.tint = _tint(self.accent, 0.88)
        ink = charts.INK
        self.body = ParagraphStyle(
            "body", fontName=REGULAR, fontSize=10, leading=14.2, textColor=ink, spaceAfter=5
        )
        self.small = ParagraphStyle(
            "small",
            parent=self.body,
            fontSize=8,
            leading=10.5,
            textColor=charts.MUTED,
            spaceAfter=2,
        )
        self.title = ParagraphStyle(
            "title", fontName=BOLD, fontSize=21, leading=25, textColor=self.primary, spaceAfter=2
        )
        self.subtitle = ParagraphStyle(
            "subtitle",
            fontName=REGULAR,
            fontSize=10.5,
            leading=14,
            textColor=charts.MUTED,
            spaceAfter=10,
        )
        self.h2 = ParagraphStyle(
            "h2",
            fontName=BOLD,
            fontSize=14,
            leading=18,
            textColor=self.primary,
            spaceBefore=12,
            spaceAfter=6,
        )
        self.h3 = ParagraphStyle(
            "h3",
            fontName=BOLD,
            fontSize=10.5,
            leading=13.5,
            textColor=ink,
            spaceBefore=6,
            spaceAfter=1,
        )
        self.cell = ParagraphStyle(
            "cell", fontName=REGULAR, fontSize=8.5, leading=10.5, textColor=ink
        )
        self.cell_right = ParagraphStyle("cellr", parent=self.cell, alignment=TA_RIGHT)
        self.head_cell = ParagraphStyle(
            "head", parent=self.cell, fontName=BOLD, fontSize=7.8, textColor=colors.white
        )
        self.head_right = ParagraphStyle("headr", parent=self.head_cell, alignment=TA_RIGHT)
        self.box_title = ParagraphStyle(
            "boxt", parent=self.h3, textColor=self.primary, spaceBefore=0, spaceAfter=3
        )
        self.quote = ParagraphStyle(
            "quote", parent=self.body, fontSize=9.5, leading=13, spaceAfter=1
        )
        self.contact_big = ParagraphStyle(
            "cbig", fontName=BOLD, fontSize=13, leading=17, textColor=colors.white
        )
        self.contact = ParagraphStyle(
            "contact", fontName=REGULAR, fontSize=9, leading=12.5, textColor=colors.white
        )


def _tint(colour: colors.Color, amount: float) -> colors.Color:
    return colors.Color(*(c + (1 - c) * amount for c in (colour.red, colour.green, colour.blue)))


def _numbered_canvas(data: NewsletterData, st: _Styles) -> type[Canvas]:
    """A canvas that knows the page count at the end: 'pagina X van Y' on every page."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # no unembedded Helvetica anywhere, not even the font a page starts with
            kwargs["initialFontName"] = REGULAR
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(total)
                Canvas.showPage(self)
            Canvas.save(self)

        def _footer(self, total: int) -> None:
            self.saveState()
            self.setStrokeColor(st.accent)
            self.setLineWidth(0.8)
            self.line(MARGIN, 14 * mm, PAGE_W - MARGIN, 14 * mm)
            self.setFillColor(charts.MUTED)
            self.setFont(REGULAR, 8)
            self.drawString(MARGIN, 9.5 * mm, f"{data.style.zone_name} · {data.title}")
            self.drawRightString(
                PAGE_W - MARGIN, 9.5 * mm, f"pagina {self.getPageNumber()} van {total}"
            )
            self.restoreState()

    return NumberedCanvas


def _first_page(data: NewsletterData, st: _Styles) -> Callable[[Canvas, Any], None]:
    def draw(canvas: Canvas, _doc: Any) -> None:
        canvas.saveState()
        canvas.setFillColor(st.primary)
        canvas.rect(0, PAGE_H - HEADER_H, PAGE_W, HEADER_H, stroke=0, fill=1)
        canvas.setFillColor(st.accent)
        canvas.rect(0, PAGE_H - HEADER_H - 2.2 * mm, PAGE_W, 2.2 * mm, stroke=0, fill=1)
        text_x = MARGIN
        logo = data.style.logo
        if logo is not None and logo.is_file():
            h = HEADER_H - 12 * mm
            canvas.drawImage(
                str(logo),
                MARGIN,
                PAGE_H - HEADER_H + 6 * mm,
                width=h * 0.86,
                height=h,
                mask="auto",
                preserveAspectRatio=True,
                anchor="sw",
            )
            text_x = MARGIN + h * 0.86 + 6 * mm
        canvas.setFillColor(colors.white)
        canvas.setFont(BOLD, 18)
        canvas.drawString(text_x, PAGE_H - 17 * mm, data.style.zone_name)
        canvas.setFillColor(_tint(st.accent, 0.55))
        canvas.setFont(REGULAR, 11)
        canvas.drawString(text_x, PAGE_H - 24.5 * mm, "Nieuwsbrief van de buurtinformatienetwerken")
        canvas.setFillColor(colors.white)
        canvas.setFont(BOLD, 10)
        edition = f"Editie {data.edition} · " if data.edition else ""
        canvas.drawString(text_x, PAGE_H - 31 * mm, f"{edition}{data.period_label}")
        canvas.restoreState()

    return draw


def _later_page(data: NewsletterData, st: _Styles) -> Callable[[Canvas, Any], None]:
    def draw(canvas: Canvas, _doc: Any) -> None:
        canvas.saveState()
        canvas.setFillColor(st.primary)
        canvas.rect(0, PAGE_H - 9 * mm, PAGE_W, 9 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont(BOLD, 8.5)
        canvas.drawString(MARGIN, PAGE_H - 6 * mm, data.style.zone_name)
        canvas.setFont(REGULAR, 8.5)
        canvas.drawRightString(PAGE_W - MARGIN, PAGE_H - 6 * mm, data.period_label)
        canvas.restoreState()

    return draw


class _Doc(BaseDocTemplate):
    def __init__(
        self, target: str, data: NewsletterData, st: _Styles, tick: Callable[[], None]
    ) -> None:
        super().__init__(
            target,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=20 * mm,
            title=data.title,
            author=data.style.zone_name,
            subject=f"BIN-nieuwsbrief {data.period_label}",
            creator="bindesk",
        )
        first = Frame(
            MARGIN,
            20 * mm,
            CONTENT_W,
            PAGE_H - HEADER_H - 8 * mm - 20 * mm,
            id="first",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        later = Frame(
            MARGIN,
            20 * mm,
            CONTENT_W,
            PAGE_H - 16 * mm - 20 * mm,
            id="later",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates(
            [
                PageTemplate(
                    "first", [first], onPage=_first_page(data, st), autoNextPageTemplate="later"
                ),
                PageTemplate("later", [later], onPage=_later_page(data, st)),
            ]
        )
        self._tick = tick

    def afterFlowable(self, flowable: Flowable) -> None:
        self._tick()


# --- the sections ------------------------------------------------------------------------


def _boxed(
    content: list[Flowable],
    background: colors.Color,
    border: colors.Color | None = None,
    padding: float = 9,
) -> Table:
    table = Table([[content]], colWidths=[CONTENT_W])
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # a table sets its cells' font: not Helvetica
        ("BACKGROUND", (0, 0), (-1, -1), background),
        ("LEFTPADDING", (0, 0), (-1, -1), padding),
        ("RIGHTPADDING", (0, 0), (-1, -1), padding),
        ("TOPPADDING", (0, 0), (-1, -1), padding - 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
    ]
    if border is not None:
        commands.append(("LINEBEFORE", (0, 0), (0, -1), 3, border))
    table.setStyle(TableStyle(commands))
    return table


def _word(data: NewsletterData, st: _Styles) -> list[Flowable]:
    if not data.word.strip():
        return []
    inner: list[Flowable] = [Paragraph("Een woord van de zone", st.box_title)]
    inner += [Paragraph(esc(p), st.body) for p in paragraphs(data.word)]
    return [_boxed(inner, st.tint, st.accent), Spacer(1, 4)]


def _articles(data: NewsletterData, st: _Styles) -> list[Flowable]:
    story: list[Flowable] = []
    for article in data.articles:
        body = [Paragraph(esc(p), st.body) for p in paragraphs(article.body)]
        story.append(KeepTogether([Paragraph(esc(article.title), st.h2), *body[:1]]))
        story += body[1:]
    return story


def _stats_line(question: Mapping[str, Any]) -> str:
    parts = [f"n = {question['n']}"]
    if question.get("mean") is not None:
        parts.append(f"gemiddelde {dutch_number(float(question['mean']), 1)}")
    if question.get("median") is not None:
        parts.append(f"mediaan {dutch_number(float(question['median']), 1)}")
    if question["type"] == "multiple":
        parts.append("meerdere antwoorden mogelijk")
    if question["type"] == "ranking":
        parts.append("van hoog naar laag gerangschikt; de balk: hoe vaak op de eerste plaats")
    return " · ".join(parts)


def _likert_groups(questions: Sequence[Mapping[str, Any]]) -> Iterator[list[Mapping[str, Any]]]:
    """Consecutive Likert items on the same scale ('weet niet' aside) form one chart;
    anything else stands alone."""

    def graded(q: Mapping[str, Any]) -> list[str]:
        return [a for a in q["counts"] if not charts.is_no_opinion(a)]

    group: list[Mapping[str, Any]] = []
    for q in questions:
        if (
            q["type"] == "likert"
            and group
            and group[0]["type"] == "likert"
            and graded(q) == graded(group[0])
        ):
            group.append(q)
            continue
        if group:
            yield group
        group = [q]
    if group:
        yield group


_GRID = re.compile(r"^(?P<question>.+?)\s*\[(?P<row>[^\]]+)\]\s*$")


def _likert_heading(group: Sequence[Mapping[str, Any]]) -> tuple[str, list[str]]:
    """The chart's heading and its bars' labels: a grid 'Vraag [Rij]' shows the question
    once and the rows as labels; one item stands under its own title."""
    titles = [str(q["title"]) for q in group]
    if len(group) == 1:
        return titles[0], [""]
    grid = [_GRID.match(t) for t in titles]
    if all(grid) and len({m["question"] for m in grid if m}) == 1:
        return grid[0]["question"] if grid[0] else "", [m["row"] for m in grid if m]
    scale = [a for a in charts.likert_scale(group) if not charts.is_no_opinion(a)]
    heading = f"Uw oordeel, van ‘{scale[0]}’ tot ‘{scale[-1]}’" if scale else "Uw oordeel"
    return heading, titles


def _survey(data: NewsletterData, st: _Styles, step: Callable[[str], None]) -> list[Flowable]:
    survey = data.survey
    if not survey:
        return []
    story: list[Flowable] = [
        CondPageBreak(60 * mm),
        Paragraph(f"Wat u ons vertelde: {esc(survey['survey'])}", st.h2),
        Paragraph(
            f"{esc(survey['responses'])} inwoners vulden de bevraging anoniem in. "
            "Percentages zijn afgerond op één decimaal; n is het aantal antwoorden op de vraag.",
            st.body,
        ),
    ]
    for group in _likert_groups(survey["questions"]):
        first = group[0]
        step(str(first["title"]))
        if first["type"] in CLOSED_TYPES and not any(q["n"] for q in group):
            for q in group:
                story.append(
                    KeepTogether(
                        [
                            Paragraph(esc(q["title"]), st.h3),
                            Paragraph("Geen antwoorden op deze vraag.", st.small),
                        ]
                    )
                )
        elif first["type"] == "likert":
            heading, labels = _likert_heading(group)
            note = _stats_line(first) if len(group) == 1 else "n = aantal antwoorden per stelling"
            chart: Flowable = charts.likert_chart(group, CONTENT_W, labels)
            story.append(
                KeepTogether(
                    [
                        Paragraph(esc(heading), st.h3),
                        Paragraph(esc(note), st.small),
                        chart,
                        Spacer(1, 6),
                    ]
                )
            )
        elif first["type"] in CLOSED_TYPES and first["counts"]:
            shown = charts.number_bins(first) if first["type"] == "number" else first
            chart = charts.bar_chart(shown, CONTENT_W, st.accent)
            story.append(
                KeepTogether(
                    [
                        Paragraph(esc(first["title"]), st.h3),
                        Paragraph(esc(_stats_line(first)), st.small),
                        chart,
                        Spacer(1, 6),
                    ]
                )
            )
        else:
            story.append(
                KeepTogether(
                    [
                        Paragraph(esc(first["title"]), st.h3),
                        Paragraph(
                            f"Open vraag: {esc(first['n'])} antwoorden."
                            + (" Een keuze staat bij ‘Uit uw reacties’." if data.comments else ""),
                            st.small,
                        ),
                    ]
                )
            )
    return story


def _figures(data: NewsletterData, st: _Styles) -> list[Flowable]:
    if not data.figures:
        return []
    if not any(sum(f.alerts_by_kind.values()) for f in data.figures):
        names = ", ".join(f.network for f in data.figures if f.network != "Hele zone")
        return [
            CondPageBreak(30 * mm),
            Paragraph(f"Uw BIN in cijfers: {esc(data.period_label)}", st.h2),
            Paragraph(f"In deze periode gingen er geen BIN-berichten uit ({esc(names)}).", st.body),
        ]
    head = ["BIN", *KIND_LABELS.values(), "Leden bereikt", "Afgeleverd", "Mediaan tot iedereen"]
    rows: list[list[Flowable]] = [
        [Paragraph(h, st.head_cell if i == 0 else st.head_right) for i, h in enumerate(head)]
    ]
    for f in data.figures:
        rate = f.delivery_rate
        cells = [
            *(dutch_number(f.alerts_by_kind.get(kind, 0), 0) for kind in KIND_LABELS),
            dutch_number(f.members_reached, 0),
            dutch_percent(rate) if rate is not None else "–",
            dutch_duration(f.median_seconds_to_all) if f.median_seconds_to_all is not None else "–",
        ]
        rows.append(
            [Paragraph(esc(f.network), st.cell), *(Paragraph(esc(c), st.cell_right) for c in cells)]
        )
    widths = [CONTENT_W * w for w in (0.19, 0.12, 0.12, 0.12, 0.13, 0.13, 0.19)]
    table = Table(rows, colWidths=widths, repeatRows=1)
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("BACKGROUND", (0, 0), (-1, 0), st.primary),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, colors.HexColor("#D5DCE3")),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if len(data.figures) > 1 and data.figures[-1].network == "Hele zone":
        commands.append(("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), st.tint))
    table.setStyle(TableStyle(commands))
    return [
        CondPageBreak(50 * mm),
        Paragraph(f"Uw BIN in cijfers: {esc(data.period_label)}", st.h2),
        table,
        Spacer(1, 4),
        Paragraph(
            "Dringend: oproepen tot waakzaamheid; opvolging: nieuws over een eerdere melding. "
            "Afgeleverd: het deel van de sms’en waarvan het gsm-netwerk de ontvangst bevestigde. "
            "Mediaan tot iedereen: de helft van de meldingen was sneller dan dit bij alle leden.",
            st.small,
        ),
    ]


def _tips(data: NewsletterData, st: _Styles) -> list[Flowable]:
    if not data.tips:
        return []
    story: list[Flowable] = [CondPageBreak(40 * mm), Paragraph("Preventietips", st.h2)]
    for tip in data.tips:
        inner: list[Flowable] = [
            Paragraph(esc(tip.title), st.box_title),
            Paragraph(esc(tip.text), st.body),
        ]
        story += [_boxed(inner, colors.HexColor("#F4F6F8"), st.primary, padding=8), Spacer(1, 5)]
    return story


def _comments(data: NewsletterData, st: _Styles) -> list[Flowable]:
    if not data.comments:
        return []
    story: list[Flowable] = [CondPageBreak(40 * mm), Paragraph("Uit uw reacties", st.h2)]
    for comment in data.comments:
        story.append(
            KeepTogether(
                [
                    Paragraph(f"„{esc(comment.text)}”", st.quote),
                    Paragraph(f"bij de vraag ‘{esc(comment.question)}’", st.small),
                    Spacer(1, 4),
                ]
            )
        )
    return story


def _contact(data: NewsletterData, st: _Styles) -> list[Flowable]:
    s = data.style
    lines: list[Flowable] = [
        Paragraph("Dringend en nu? Bel 101.  Noodgeval? Bel 112.", st.contact_big)
    ]
    lines.append(
        Paragraph(
            "101 voor wat nu dringend de politie nodig heeft (een verdachte situatie, een inbraak "
            "bezig). 112 bij levensgevaar, brand of een zwaar ongeval.",
            st.contact,
        )
    )
    zone = [f"<b>{esc(s.zone_name)}</b>"]
    if s.zone_phone:
        zone.append(f"niet dringend: {esc(s.zone_phone)}")
    if s.zone_email:
        zone.append(esc(s.zone_email))
    if s.zone_website:
        zone.append(esc(s.zone_website))
    lines.append(Spacer(1, 4))
    lines.append(Paragraph(" · ".join(zone), st.contact))
    return [CondPageBreak(35 * mm), Spacer(1, 10), KeepTogether([_boxed(lines, st.primary)])]


def render(data: NewsletterData, target: Path, on_step: StepReport | None = None) -> int:
    """Write the newsletter PDF to ``target``; return its number of pages.

    ``on_step(done, total, text)`` is called as the document takes shape; it may raise to
    stop the build (the GUI's cancel), in which case ``target`` is left untouched.
    """
    fonts.register()
    st = _Styles(data.style)
    questions = list(data.survey["questions"]) if data.survey else []
    total = len(questions) + 8
    done = 0

    def step(text: str) -> None:
        nonlocal done
        done = min(done + 1, total - 1)
        if on_step is not None:
            on_step(done, total, text)

    story: list[Flowable] = [
        Paragraph(esc(data.title), st.title),
        Paragraph(
            esc(f"Nieuws, cijfers en tips voor de leden van de BIN · {data.period_label}"),
            st.subtitle,
        ),
    ]
    story += _word(data, st)
    step("artikels")
    story += _articles(data, st)
    story += _survey(data, st, step)
    step("cijfers")
    story += _figures(data, st)
    step("tips")
    story += _tips(data, st)
    story += _comments(data, st)
    story += _contact(data, st)
    step("pagina's opmaken")
    partial = target.with_name(target.name + ".part")

    def tick() -> None:
        if on_step is not None:
            on_step(done, total, "pagina's opmaken")

    try:
        doc = _Doc(str(partial), data, st, tick)
        doc.build(story, canvasmaker=_numbered_canvas(data, st))
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    if on_step is not None:
        on_step(total, total, "klaar")
    return int(doc.page)
