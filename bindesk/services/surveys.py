"""Anonymous surveys: import an export file, keep only the answers, report the results.

What is stored: the survey's title, its questions and, per response, only the answers
(no member, no e-mail, no name, no time, no row number: the rows of one import are
inserted in random order). Re-importing a file, or a later export that contains the
earlier rows, adds only the new responses: a keyed digest of (submit time, answers) per
imported response is kept in ``survey_digests``, not linked to the response it came from.

Could the digest identify someone? It is an HMAC-SHA256 keyed with a random key per
survey (``surveys.digest_key``), over (submit time to the second, answers, occurrence).
Whoever holds the database file holds the key too, so the digest is only as secret as the
inputs: someone who already knows a person's complete answers AND their submit time can
test whether that response is in the database (which the answers alone would mostly tell
them anyway), and whoever still holds the original export (with e-mail addresses) can
recompute every digest and see which of its rows were imported. What it cannot do: lead
from a stored response to a digest (they are not linked and both are inserted in random
order), or from a digest to a time without guessing the answers and the time together.
The real protection is that the zone deletes the export after the import: the CLI and
the wizard say so when the import is done.
"""

from __future__ import annotations

import json
import random
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from bindesk.db.models import (
    Survey,
    SurveyAnswer,
    SurveyDigest,
    SurveyQuestion,
    SurveyResponse,
    utcnow,
)
from bindesk.domain import stats
from bindesk.domain.errors import InvalidInput, NotFound
from bindesk.domain.survey_files import (
    Answer,
    DroppedColumn,
    Question,
    SurveyFile,
    analyse,
    read_sheet,
    response_digests,
)
from bindesk.services import audit
from bindesk.services.operators import Actor, Permission

LIST_TYPES = ("multiple", "ranking")
DELETE_EXPORT_ADVICE = (
    "Verwijder nu het exportbestand (en de kopie in uw Downloads): het bevat wat bindesk "
    "niet bewaart, zoals e-mailadressen en tijdstippen."
)


def read_file(path: Path) -> bytes:
    if not path.is_file():
        raise InvalidInput(f"Bestand '{path}' niet gevonden. Controleer de naam en de map.")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InvalidInput(
            f"Bestand '{path.name}' kan niet gelezen worden ({exc.strerror}). Sluit het in Excel "
            "en probeer opnieuw."
        ) from None


def analyse_file(
    raw: bytes, filename: str, overrides: Mapping[str, str] | None = None
) -> SurveyFile:
    """Read and analyse an export (nothing stored): what the import would keep and drop."""
    return analyse(read_sheet(raw, filename), overrides)


@dataclass
class ImportResult:
    survey_id: int | None
    title: str
    new_survey: bool
    added: int
    already: int
    incomplete: int
    redacted: int
    format: str
    dropped: list[DroppedColumn] = field(default_factory=list)
    questions: list[tuple[str, str]] = field(default_factory=list)  # (title, type)
    dry_run: bool = False


def get_survey(session: Session, survey: str | int) -> Survey:
    if isinstance(survey, int) or (isinstance(survey, str) and survey.isdigit()):
        found = session.get(Survey, int(survey))
        if found is not None:
            return found
    found = session.scalars(select(Survey).where(Survey.title == str(survey))).first()
    if found is None:
        titles = session.scalars(select(Survey.title).order_by(Survey.title)).all()
        hint = f" Enquêtes: {'; '.join(titles)}." if titles else " Er zijn nog geen enquêtes."
        raise NotFound(f"Geen enquête '{survey}'.{hint}")
    return found


def _encode(answer: Answer) -> str:
    return json.dumps(answer, ensure_ascii=False) if isinstance(answer, list) else answer


def _decode(kind: str, value: str) -> Answer:
    if kind in LIST_TYPES:
        decoded = json.loads(value) if value else []
        return [str(v) for v in decoded]
    return value


def import_survey(
    session: Session,
    actor: Actor,
    raw: bytes,
    filename: str,
    title: str,
    overrides: Mapping[str, str] | None = None,
    *,
    dry_run: bool = False,
) -> ImportResult:
    """Import (or add the new responses of) an export file into the survey ``title``."""
    actor.require(Permission.SURVEYS)
    title = title.strip()
    if not title:
        raise InvalidInput("Geef de enquête een titel, bv. 'BIN-bevraging najaar 2026'.")
    existing = session.scalars(select(Survey).where(Survey.title == title)).first()
    merged: dict[str, str] = {}
    if existing is not None:
        merged = {q.title: q.kind for q in existing.questions}
    sheet = read_sheet(raw, filename)
    parsed = analyse(sheet, overrides)
    if existing is not None:  # read it as before: the stored types win over inference
        present = {q.title for q in parsed.questions}
        merged = {t: k for t, k in merged.items() if t in present}
        merged.update(overrides or {})
        parsed = analyse(sheet, merged)
    key = existing.digest_key if existing is not None and existing.digest_key else ""
    key = key or secrets.token_hex(32)
    digests = response_digests(bytes.fromhex(key), parsed.responses)
    known: set[str] = set()
    if existing is not None:
        known = set(
            session.scalars(
                select(SurveyDigest.digest).where(SurveyDigest.survey_id == existing.id)
            )
        )
    fresh: list[list[Answer]] = []
    fresh_digests: list[str] = []
    for digest, (_, answers) in zip(digests, parsed.responses, strict=True):
        if digest not in known:
            known.add(digest)
            fresh_digests.append(digest)
            fresh.append(answers)
    result = ImportResult(
        survey_id=existing.id if existing is not None else None,
        title=title,
        new_survey=existing is None,
        added=len(fresh),
        already=len(parsed.responses) - len(fresh),
        incomplete=parsed.incomplete,
        redacted=parsed.redacted,
        format=parsed.format.value,
        dropped=list(parsed.dropped),
        questions=[(q.title, q.type) for q in parsed.questions],
        dry_run=dry_run,
    )
    if dry_run or (existing is not None and not fresh):
        return result
    survey = existing
    if survey is None:
        survey = Survey(title=title, source_format=parsed.format.value, digest_key=key)
        session.add(survey)
    survey.digest_key = key
    session.flush()
    result.survey_id = survey.id
    questions = _store_questions(session, survey, parsed.questions)
    _store_responses(session, survey.id, questions, fresh)
    random.SystemRandom().shuffle(fresh_digests)
    if fresh_digests:
        session.execute(
            insert(SurveyDigest), [{"survey_id": survey.id, "digest": d} for d in fresh_digests]
        )
    survey.imported_at = utcnow()
    audit.record(
        session,
        actor.username,
        "import",
        "survey",
        survey.id,
        after={"title": title, "added": len(fresh), "format": parsed.format.value},
        detail=(
            f"{len(fresh)} nieuwe antwoorden, {result.already} al ingelezen, "
            f"{parsed.incomplete} onvolledig; weggelaten kolommen: "
            + (", ".join(d.reason for d in parsed.dropped) or "geen")
        ),
    )
    return result


def _store_questions(
    session: Session, survey: Survey, parsed: Sequence[Question]
) -> list[SurveyQuestion]:
    """The survey's question rows in the file's question order (new ones appended)."""
    by_title = {q.title: q for q in survey.questions}
    ordered: list[SurveyQuestion] = []
    for q in parsed:
        row = by_title.get(q.title)
        if row is None:
            row = SurveyQuestion(
                position=len(survey.questions), title=q.title, kind=q.type, options=list(q.options)
            )
            survey.questions.append(row)
            by_title[q.title] = row
        elif q.type in ("single", "multiple", "ranking", "yesno"):
            extra = [o for o in q.options if o not in row.options]
            if extra:
                row.options = [*row.options, *extra]
        ordered.append(row)
    session.flush()
    return ordered


def _store_responses(
    session: Session,
    survey_id: int,
    questions: Sequence[SurveyQuestion],
    responses: list[list[Answer]],
) -> None:
    random.SystemRandom().shuffle(responses)
    if not responses:
        return
    ids = session.scalars(
        insert(SurveyResponse).returning(SurveyResponse.id, sort_by_parameter_order=True),
        [{"survey_id": survey_id}] * len(responses),
    ).all()
    rows = [
        {"response_id": rid, "question_id": q.id, "value": _encode(answer)}
        for rid, answers in zip(ids, responses, strict=True)
        for q, answer in zip(questions, answers, strict=True)
        if answer
    ]
    if rows:
        session.execute(insert(SurveyAnswer), rows)


# --- reading back -------------------------------------------------------------------------


def list_surveys(session: Session) -> list[dict[str, Any]]:
    """Every survey: ``{"id", "title", "responses", "imported_at"}``, newest import first."""
    counts = (
        select(SurveyResponse.survey_id, func.count().label("n"))
        .group_by(SurveyResponse.survey_id)
        .subquery()
    )
    rows = session.execute(
        select(Survey.id, Survey.title, func.coalesce(counts.c.n, 0), Survey.imported_at)
        .outerjoin(counts, counts.c.survey_id == Survey.id)
        .order_by(Survey.imported_at.desc(), Survey.id.desc())
    ).all()
    return [
        {"id": sid, "title": title, "responses": int(n), "imported_at": imported}
        for sid, title, n, imported in rows
    ]


def _load(session: Session, survey: Survey) -> tuple[list[SurveyQuestion], list[list[Answer]]]:
    questions = list(survey.questions)
    column = {q.id: i for i, q in enumerate(questions)}
    kinds = {q.id: q.kind for q in questions}
    empty: list[Answer] = [[] if q.kind in LIST_TYPES else "" for q in questions]
    by_response: dict[int, list[Answer]] = {
        rid: list(empty)
        for rid in session.scalars(
            select(SurveyResponse.id)
            .where(SurveyResponse.survey_id == survey.id)
            .order_by(SurveyResponse.id)
        )
    }
    answers = session.execute(
        select(SurveyAnswer.response_id, SurveyAnswer.question_id, SurveyAnswer.value)
        .join(SurveyResponse, SurveyResponse.id == SurveyAnswer.response_id)
        .where(SurveyResponse.survey_id == survey.id)
    )
    for rid, qid, value in answers:
        by_response[rid][column[qid]] = _decode(kinds[qid], value)
    return questions, list(by_response.values())


def _specs(questions: Sequence[SurveyQuestion]) -> list[stats.QuestionSpec]:
    return [stats.QuestionSpec(q.title, q.kind, tuple(q.options)) for q in questions]


def results(session: Session, survey: str | int, by: str | None = None) -> dict[str, Any]:
    """The survey's figures as JSON (see the module doc of :mod:`bindesk.domain.stats`).

    ``by`` (a single-choice question's title or position, 1-based) breaks every question
    down per answer to it; groups under 5 responses are suppressed, and complementary ones
    so that no suppressed figure follows by subtraction.
    """
    found = get_survey(session, survey)
    questions, responses = _load(session, found)
    specs = _specs(questions)
    if by is None:
        return {
            "survey": found.title,
            "responses": len(responses),
            "questions": stats.survey_results(specs, responses),
        }
    index = _by_index(questions, by)
    return {
        "survey": found.title,
        "by": questions[index].title,
        "groups": stats.breakdown(specs, responses, index),
    }


def _by_index(questions: Sequence[SurveyQuestion], by: str) -> int:
    for i, q in enumerate(questions):
        if q.title == by or q.title.casefold() == by.strip().casefold():
            index = i
            break
    else:
        if by.isdigit() and 1 <= int(by) <= len(questions):
            index = int(by) - 1
        else:
            raise NotFound(
                f"Geen vraag '{by}' in deze enquête. Vragen: "
                + "; ".join(q.title for q in questions)
            )
    if questions[index].kind not in ("single", "yesno"):
        raise InvalidInput(
            f"Opsplitsen kan alleen volgens een vraag met één keuze (zoals het BIN); "
            f"'{questions[index].title}' is een vraag van het type '{questions[index].kind}'."
        )
    return index


def free_text_answers(session: Session, survey: str | int) -> list[tuple[str, str]]:
    """(question title, answer) for every free-text answer: reader comments to choose from."""
    found = get_survey(session, survey)
    rows = session.execute(
        select(SurveyQuestion.title, SurveyAnswer.value)
        .join(SurveyAnswer, SurveyAnswer.question_id == SurveyQuestion.id)
        .where(SurveyQuestion.survey_id == found.id, SurveyQuestion.kind == "text")
        .where(SurveyAnswer.value != "")
        .order_by(SurveyQuestion.position, SurveyAnswer.id)
    ).all()
    return [(title, value) for title, value in rows]


def question_titles(session: Session, survey: str | int) -> list[tuple[str, str]]:
    """(title, type) of a survey's questions, in order."""
    return [(q.title, q.kind) for q in get_survey(session, survey).questions]
