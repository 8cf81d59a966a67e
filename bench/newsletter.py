"""Newsletter at scale: 1 000 survey responses × 12 questions → import, results, PDF.

    python bench/newsletter.py [--responses 1000] [--runs 5]

Prints, as the median of ``--runs`` runs (after one cold build, reported apart):
  (a) bindesk: the PDF (``services.newsletter.build``: edition stored, alert figures per BIN
      read from the database, charts, fonts embedded, pages numbered), from a results dict;
  (b) the floor: reportlab alone building exactly the same flowables and charts
      (``pdf.document.render`` on data assembled beforehand, nothing read or written in the
      database);
  (c) reportlab alone with its stock ``HorizontalBarChart`` for the same questions and the
      same paragraphs, the same embedded TrueType font, A4;
  and the ratios. Target: import + results + PDF ≤ 1.5 s.
"""

from __future__ import annotations

import argparse
import csv
import random
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer

from bindesk.db.engine import Database, open_database
from bindesk.pdf import document, fonts
from bindesk.pdf.document import Article, Comment
from bindesk.services import demo, newsletter, surveys, tips
from bindesk.services.newsletter import EditionContent
from bindesk.services.operators import Actor, Role

ACTOR = Actor("bench", "Benchmark", Role.ADMIN)
SCALE = ["Zeer ontevreden", "Ontevreden", "Neutraal", "Tevreden", "Zeer tevreden", "Weet niet"]
BINS = ["BIN Oordegem", "BIN Bambrugge", "BIN Aaigem"]
CHANNELS = ["Sms", "E-mail", "De nieuwsbrief op papier", "Sociale media", "De website"]
STATEMENTS = [
    "De BIN-berichten komen snel genoeg",
    "De berichten zijn duidelijk",
    "Ik weet wat ik moet doen na een melding",
    "De politie volgt meldingen goed op",
    "Ik voel me veiliger door de BIN",
]
QUESTIONS: list[tuple[str, str]] = [
    ("Van welke BIN bent u lid?", "single"),
    *[(s, "likert") for s in STATEMENTS],
    ("Weet u wie uw wijkinspecteur is?", "yesno"),
    ("Via welke kanalen wilt u BIN-informatie ontvangen?", "multiple"),
    ("Welke onderwerpen wilt u in de nieuwsbrief? (meerdere antwoorden)", "multiple"),
    ("Hoeveel berichten per maand vindt u goed?", "number"),
    ("Hoe lang bent u al lid van de BIN?", "single"),
    ("Wat kan er beter aan de werking van de BIN?", "text"),
]
TOPICS = ["Inbraakpreventie", "Verkeer", "Oplichting", "Nieuws uit de wijk", "Cijfers"]
YEARS = ["Minder dan 1 jaar", "1 tot 3 jaar", "3 tot 5 jaar", "Meer dan 5 jaar"]


def make_rows(count: int, seed: int = 10) -> list[dict[str, str]]:
    rnd = random.Random(seed)
    rows = []
    for i in range(count):
        row = {"Tijdstempel": f"2026/11/{1 + i % 28:02d} 20:{i % 60:02d}:00"}
        for title, kind in QUESTIONS:
            if kind == "single":
                row[title] = rnd.choice(BINS if title.startswith("Van welke") else YEARS)
            elif kind == "likert":
                row[title] = rnd.choices(SCALE, weights=[3, 7, 20, 45, 30, 5])[0]
            elif kind == "yesno":
                row[title] = rnd.choice(["Ja", "Nee"])
            elif kind == "multiple":
                options = CHANNELS if "kanalen" in title else TOPICS
                row[title] = ", ".join(o for o in options if rnd.random() < 0.45)
            elif kind == "number":
                row[title] = str(rnd.randint(1, 6))
            else:
                row[title] = rnd.choice(
                    ["", "", "Meer terugkoppeling na een melding.", "Top initiatief & bedankt!"]
                )
        rows.append(row)
    return rows


def write_csv(rows: list[dict[str, str]], path: Path) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


CONTENT = EditionContent(
    title="BIN-nieuws winter 2026",
    period="2026-Q4",
    word="Beste buren,\n\nDank u om samen met ons een oogje in het zeil te houden. " * 3,
    articles=(
        Article("Afwezigheidstoezicht tijdens de feestdagen", "Gaat u op reis? " * 40),
        Article("Nieuwe wijkinspecteur", "Sinds oktober is er een nieuw aanspreekpunt. " * 20),
    ),
    comments=tuple(
        Comment(QUESTIONS[-1][0], f"Reactie {i}: meer terugkoppeling.") for i in range(6)
    ),
    tip_keys=("donkere-maanden", "phishing", "vakantie"),
)


def bindesk_pdf(db: Database, results: dict[str, Any], target: Path) -> int:
    with db.session() as s:
        return newsletter.build(s, ACTOR, CONTENT, target, survey_results=results).pages


def floor_pdf(results: dict[str, Any], target: Path) -> int:
    """reportlab alone: the same charts and text, its own bar chart, the same font."""
    fonts.register()
    body = ParagraphStyle("b", fontName=fonts.REGULAR, fontSize=10, leading=14)
    head = ParagraphStyle("h", fontName=fonts.BOLD, fontSize=12, leading=16)
    width = A4[0] - 36 * mm
    story: list[Any] = [Paragraph(CONTENT.title, head), Paragraph(CONTENT.word, body)]
    for article in CONTENT.articles:
        story += [Paragraph(article.title, head), Paragraph(article.body, body)]
    for q in results["questions"]:
        if not q["counts"]:
            story.append(Paragraph(q["title"], head))
            continue
        labels = list(q["counts"])
        height = 18 * len(labels) + 10
        drawing = Drawing(width, height)
        chart = HorizontalBarChart()
        chart.x, chart.y, chart.width, chart.height = width * 0.4, 5, width * 0.5, height - 10
        chart.data = [[q["percentages"][a] for a in labels]]
        chart.categoryAxis.categoryNames = labels
        chart.categoryAxis.labels.fontName = fonts.REGULAR
        chart.valueAxis.labels.fontName = fonts.REGULAR
        chart.barLabels.fontName = fonts.REGULAR
        chart.barLabelFormat = "%.1f"
        chart.valueAxis.valueMin, chart.valueAxis.valueMax = 0, 100
        drawing.add(chart)
        story.append(KeepTogether([Paragraph(q["title"], head), drawing, Spacer(1, 6)]))
    for tip in tips.shipped_presets():
        if tip["kind"] == "prevention":
            story += [Paragraph(tip["title"], head), Paragraph(tip["text"], body)]
    for comment in CONTENT.comments:
        story.append(Paragraph(comment.text, body))
    story.append(Paragraph("Dringend en nu? Bel 101. Noodgeval? Bel 112.", head))
    doc = SimpleDocTemplate(str(target), pagesize=A4, initialFontName=fonts.REGULAR)
    doc.build(story)
    return int(doc.page)


def same_flowables_pdf(db: Database, results: dict[str, Any], target: Path) -> tuple[int, float]:
    """The document alone: bindesk's own flowables and charts from pre-assembled data, no
    database, no edition stored: what reportlab costs for exactly this document."""
    with db.session() as s:
        data = newsletter.assemble(s, CONTENT, results)
    t0 = time.perf_counter()
    pages = document.render(data, target)
    return pages, time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--responses", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = open_database(f"sqlite:///{folder / 'bench.sqlite3'}")
        with db.session() as s:
            demo.load_demo_data(s, ACTOR)
        rows = make_rows(args.responses)
        write_csv(rows, folder / "antwoorden.csv")
        with db.session() as s:
            surveys.import_survey(
                s, ACTOR, (folder / "antwoorden.csv").read_bytes(), "antwoorden.csv", "Bench koud"
            )
        with db.read_session() as s:
            cold_results = surveys.results(s, "Bench koud")
        t0 = time.perf_counter()
        bindesk_pdf(db, cold_results, folder / "cold.pdf")
        cold = time.perf_counter() - t0
        raw = (folder / "antwoorden.csv").read_bytes()
        times: dict[str, list[float]] = {
            "import": [],
            "results": [],
            "pdf": [],
            "same": [],
            "stock": [],
        }
        pages = {}
        for run in range(args.runs):
            title = f"Bench {run}"
            ti = time.perf_counter()
            with db.session() as s:
                surveys.import_survey(s, ACTOR, raw, "antwoorden.csv", title)
            t0 = time.perf_counter()
            with db.read_session() as s:
                results = surveys.results(s, title)
            t1 = time.perf_counter()
            times["import"].append(t0 - ti)
            pages["pdf"] = bindesk_pdf(db, results, folder / f"nb{run}.pdf")
            t2 = time.perf_counter()
            pages["same"], seconds = same_flowables_pdf(db, results, folder / f"same{run}.pdf")
            times["same"].append(seconds)
            t3 = time.perf_counter()
            pages["stock"] = floor_pdf(results, folder / f"floor{run}.pdf")
            t4 = time.perf_counter()
            times["results"].append(t1 - t0)
            times["pdf"].append(t2 - t1)
            times["stock"].append(t4 - t3)
        db.dispose()
    med = {k: statistics.median(v) for k, v in times.items()}

    def spread(key: str) -> str:
        return f"{min(times[key]):.3f}–{max(times[key]):.3f}"

    print(f"{args.responses} responses x {len(QUESTIONS)} questions, median of {args.runs} runs")
    total = med["import"] + med["results"] + med["pdf"]
    print(f"  import (services.surveys.import_survey)  {med['import']:.3f} s  ({spread('import')})")
    print(f"  results (services.surveys.results)       {med['results']:.3f} s")
    print(
        f"  (a) bindesk PDF (edition, figures, PDF)  {med['pdf']:.3f} s  "
        f"({pages['pdf']} pages; {spread('pdf')})"
    )
    print(
        f"  (b) reportlab alone, the same flowables  {med['same']:.3f} s  "
        f"({pages['same']} pages; {spread('same')})"
    )
    print(
        f"  (c) reportlab alone, its stock bar chart {med['stock']:.3f} s  "
        f"({pages['stock']} pages; {spread('stock')})"
    )
    print(f"  (a)/(b) {med['pdf'] / med['same']:.2f}   (a)/(c) {med['pdf'] / med['stock']:.2f}")
    print(f"  import + results + PDF                   {total:.3f} s  (target ≤ 1.5 s)")
    print(f"  first build in a fresh process (fonts parsed once): {cold:.3f} s")


if __name__ == "__main__":
    main()
