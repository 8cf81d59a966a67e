"""Results dicts in the shape of ``services.surveys.results`` (issue 10 item 2), for PDF tests."""

from __future__ import annotations

from typing import Any


def question(
    title: str,
    kind: str,
    counts: dict[str, int],
    *,
    respondents: int | None = None,
    mean: float | None = None,
    median: float | None = None,
) -> dict[str, Any]:
    n = respondents if respondents is not None else sum(counts.values())
    return {
        "title": title,
        "type": kind,
        "n": n,
        "counts": counts,
        "percentages": {a: round(100.0 * c / n, 1) if n else 0.0 for a, c in counts.items()},
        "mean": mean,
        "median": median,
        "texts": [],
    }


SCALE = ["Zeer ontevreden", "Ontevreden", "Neutraal", "Tevreden", "Zeer tevreden", "Weet niet"]


def survey_results() -> dict[str, Any]:
    return {
        "survey": "Werking, herkenbaarheid en communicatie van de BIN’s",
        "responses": 120,
        "questions": [
            question(
                "Van welke BIN bent u lid?",
                "single",
                {"BIN Oordegem": 55, "BIN Bambrugge": 40, "BIN Aaigem": 25},
            ),
            question(
                "Hoe tevreden bent u over de snelheid van de BIN-berichten?",
                "likert",
                dict(zip(SCALE, [3, 7, 20, 55, 30, 5], strict=True)),
                mean=3.9,
                median=4.0,
            ),
            question(
                "Hoe tevreden bent u over de duidelijkheid van de berichten?",
                "likert",
                dict(zip(SCALE, [2, 6, 18, 60, 31, 3], strict=True)),
                mean=4.0,
                median=4.0,
            ),
            question(
                "Hoe tevreden bent u over de opvolging na een melding?",
                "likert",
                dict(zip(SCALE, [10, 15, 35, 35, 15, 10], strict=True)),
                mean=3.3,
                median=3.0,
            ),
            question("Weet u wie uw wijkinspecteur is?", "yesno", {"Ja": 55, "Nee": 65}),
            question(
                "Via welke kanalen wilt u BIN-informatie ontvangen? (meerdere antwoorden)",
                "multiple",
                {
                    "Sms": 98,
                    "E-mail": 64,
                    "De BIN-nieuwsbrief op papier in de brievenbus": 31,
                    "Sociale media van de politiezone (Facebook, Instagram)": 22,
                    "<b>Website</b> & app": 9,
                },
                respondents=120,
            ),
            question(
                "Hoeveel BIN-berichten per maand vindt u goed?",
                "number",
                {"1": 12, "2": 38, "3": 30, "4": 22, "5 of meer": 18},
                mean=3.0,
                median=3.0,
            ),
            question(
                "Rangschik wat u het belangrijkst vindt",
                "ranking",
                # in mean-rank order, as the survey service gives it: not by count
                {"Snelle berichten": 40, "Duidelijke tips": 50, "Terugkoppeling": 30},
                respondents=120,
            ),
            question("Wat kan er beter aan de werking van de BIN?", "text", {}, respondents=47),
        ],
    }
