"""The newsletter PDF: text a reader finds, fonts embedded, file texts printed literally."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.graphics.shapes import Drawing, String
from reportlab.platypus import SimpleDocTemplate

from bindesk import config
from bindesk.pdf.document import (
    Article,
    Comment,
    NetworkFigures,
    NewsletterData,
    Style,
    Tip,
    render,
)
from tests.unit.pdf.pdfcheck import fonts_of, text_of
from tests.unit.pdf.samples import survey_results

ZONE = "Politiezone Héverlé-Zoë"


def newsletter(**changes: object) -> NewsletterData:
    data = {
        "style": Style(
            zone_name=ZONE,
            zone_phone="016 00 00 00",
            logo=config.resource("newsletter", "logo.png"),
        ),
        "title": "BIN-nieuws winter",
        "period_label": "vierde kwartaal 2026",
        "edition": 7,
        "word": "Beste buren,\n\nDank voor uw waakzaamheid. Een inbraak kost gemiddeld € 2 500.",
        "articles": (Article("Afwezigheidstoezicht", "Vraag het aan vóór uw vertrek."),),
        "survey": survey_results(),
        "figures": (
            NetworkFigures("BIN Oordegem", {"urgent": 3, "feedback": 1}, 40, 120, 114, 312.0),
            NetworkFigures("BIN Aaigem", {"prevention": 1}, 12, 12, 0, None),
        ),
        "tips": (Tip("Donkere maanden", "Gebruik tijdschakelaars voor uw verlichting."),),
        "comments": (Comment("Wat kan er beter?", "Meer <i>terugkoppeling</i> & sneller"),),
    }
    data.update(changes)
    return NewsletterData(**data)  # type: ignore[arg-type]


@pytest.fixture
def built(tmp_path: Path) -> tuple[Path, int]:
    target = tmp_path / "nieuwsbrief.pdf"
    pages = render(newsletter(), target)
    return target, pages


def test_the_reader_finds_questions_dutch_percentages_period_and_zone(
    built: tuple[Path, int],
) -> None:
    path, pages = built
    text = text_of(path)
    assert ZONE in text  # accents intact
    assert "vierde kwartaal 2026" in text
    assert "Editie 7" in text
    assert "€ 2 500" in text
    for q in survey_results()["questions"]:
        assert " ".join(q["title"].split()) in text
    # 55 of 120, 65 of 120 (yes/no), 98 of 120 (multiple choice), 10,0 % (number)
    for pct in ("45,8 %", "54,2 %", "81,7 %", "10,0 %", "33,3 %"):
        assert pct in text
    assert "45.8" not in text
    # Likert as 100 % stacked bars: the statements, segment labels and the legend
    assert "Hoe tevreden bent u over de opvolging na een melding?" in text
    assert "Zeer ontevreden" in text and "Weet niet" in text
    # a ranking keeps its mean-rank order; a single choice goes by count
    assert text.index("Snelle berichten") < text.index("Duidelijke tips")
    assert text.index("BIN Oordegem 45,8") < text.index("BIN Bambrugge") < text.index("BIN Aaigem")
    assert f"pagina 1 van {pages}" in text and f"pagina {pages} van {pages}" in text
    assert "Bel 101" in text and "Bel 112" in text and "016 00 00 00" in text
    # figures per BIN in Dutch form: 114 of 120 delivered, 5 min median
    assert "95,0 %" in text and "5 min" in text


def test_every_font_is_embedded_charts_included(built: tuple[Path, int]) -> None:
    path, _pages = built
    fonts = fonts_of(path)
    assert fonts, "no fonts found: the walk is broken"
    assert all(fonts.values()), fonts
    assert all("DejaVuSans" in name for name in fonts), fonts


def test_the_font_check_catches_reportlab_s_unembedded_helvetica(tmp_path: Path) -> None:
    """Proof the check above can fail: a Drawing string without a fontName is Helvetica."""
    path = tmp_path / "helvetica.pdf"
    drawing = Drawing(200, 20)
    drawing.add(String(0, 5, "Zoë"))
    SimpleDocTemplate(str(path)).build([drawing])
    assert fonts_of(path) == {"/Helvetica": False}


def test_markup_in_answers_and_comments_prints_literally(built: tuple[Path, int]) -> None:
    text = text_of(built[0])
    assert "<b>Website</b> & app" in text  # a multiple-choice option from the file
    assert "Meer <i>terugkoppeling</i> & sneller" in text  # a reader comment


def test_a_newsletter_without_survey_figures_or_tips_still_builds(tmp_path: Path) -> None:
    target = tmp_path / "kaal.pdf"
    pages = render(newsletter(survey=None, figures=(), tips=(), comments=(), word=""), target)
    assert pages == 1
    text = text_of(target)
    assert "Afwezigheidstoezicht" in text and "Wat u ons vertelde" not in text


def test_a_cancelled_build_leaves_no_file(tmp_path: Path) -> None:
    target = tmp_path / "nieuwsbrief.pdf"
    steps: list[tuple[int, int, str]] = []

    class Stop(Exception):
        pass

    def on_step(done: int, total: int, text: str) -> None:
        steps.append((done, total, text))
        if text == "pagina's opmaken":
            raise Stop

    with pytest.raises(Stop):
        render(newsletter(), target, on_step)
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []
    assert steps and all(d < t for d, t, _ in steps)


def test_progress_reaches_the_end(tmp_path: Path) -> None:
    steps: list[tuple[int, int]] = []
    render(newsletter(), tmp_path / "n.pdf", lambda d, t, _s: steps.append((d, t)))
    assert steps[-1][0] == steps[-1][1]
    assert [d for d, _ in steps] == sorted(d for d, _ in steps)


def test_awkward_results_still_make_a_document(tmp_path: Path) -> None:
    """No answers at all, a very long answer, many options, a Likert item nobody answered."""
    from tests.unit.pdf.samples import SCALE, question

    long_answer = "Een heel lang antwoord dat over meerdere regels moet lopen " * 6
    survey = {
        "survey": "Randgevallen",
        "responses": 3,
        "questions": [
            question("Niemand antwoordde", "single", {"Ja": 0, "Nee": 0}, respondents=0),
            question("Lang", "single", {long_answer: 2, "Kort": 1}),
            question(
                "Veel keuzes", "multiple", {f"Optie {i}": i for i in range(1, 31)}, respondents=40
            ),
            question(
                "Stelling zonder antwoorden", "likert", dict.fromkeys(SCALE, 0), respondents=0
            ),
        ],
    }
    target = tmp_path / "rand.pdf"
    pages = render(newsletter(survey=survey), target)
    text = text_of(target)
    assert pages >= 2 and "Optie 30" in text and "Stelling zonder antwoorden" in text
    assert text.count("Geen antwoorden op deze vraag.") == 2
    assert " ".join(long_answer.split()) in text  # wrapped, nothing cut off
