"""services.newsletter: house style, editions, alert figures per BIN, the build from the DB."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from bindesk import config
from bindesk.db.engine import Database
from bindesk.db.models import Alert, AuditEvent, Delivery, Newsletter
from bindesk.domain.errors import InvalidInput, PermissionDenied
from bindesk.domain.period import parse_period
from bindesk.pdf.document import Article, Comment
from bindesk.services import alerts, newsletter
from bindesk.services.newsletter import EditionContent
from bindesk.services.operators import Actor, Role
from tests import factories as f
from tests.unit.pdf.pdfcheck import fonts_of, text_of
from tests.unit.pdf.samples import survey_results

UTC = dt.UTC


@pytest.fixture
def officer() -> Actor:
    return Actor("comm1", "Communicatie Zoë", Role.COMMUNICATIE)


def _alert(s, admin: Actor, nets, when: dt.datetime, kind: str = "urgent") -> Alert:  # type: ignore[no-untyped-def]
    alert = alerts.queue(s, admin, alerts.draft(s, admin, networks=nets, kind=kind, text="Test"))
    alert.created_at = when
    s.flush()
    return alert


def _deliver(alert: Alert, states: list[tuple[str, float | None]]) -> None:
    """Give the alert's deliveries (in id order) a state and seconds until delivered."""
    rows = sorted(alert.deliveries, key=lambda d: d.id)
    assert len(rows) == len(states)
    for row, (state, seconds) in zip(rows, states, strict=True):
        row.state = state
        if seconds is not None:
            row.delivered_at = alert.created_at + dt.timedelta(seconds=seconds)


def test_alert_figures_per_bin_for_the_period(db: Database, admin: Actor) -> None:
    with db.session() as s:
        oordegem = f.network(s, admin, "BIN Oordegem")
        aaigem = f.network(s, admin, "BIN Aaigem")
        f.numbered_members(s, admin, oordegem, 4)
        f.numbered_members(s, admin, aaigem, 2, start=10)
        f.member(s, admin, [oordegem, aaigem], "+32470009999", last_name="Beide")
        nov = dt.datetime(2026, 11, 10, 20, 0, tzinfo=UTC)
        a1 = _alert(s, admin, [oordegem], nov)  # 5 recipients, all delivered: 60..300 s
        _deliver(
            a1,
            [
                ("delivered", 60),
                ("delivered", 120),
                ("delivered", 90),
                ("delivered", 300),
                ("delivered", 30),
            ],
        )
        a2 = _alert(s, admin, [oordegem], nov + dt.timedelta(days=3), "prevention")
        _deliver(
            a2,
            [
                ("delivered", 10),
                ("sent", None),
                ("failed", None),
                ("cancelled", None),
                ("delivered", 100),
            ],
        )
        a3 = _alert(s, admin, [oordegem, aaigem], nov + dt.timedelta(days=5))  # 7 recipients
        for d in a3.deliveries:  # "Beide" is the last to have it; Aaigem's two after 40 s
            seconds = {"+32470009999": 500, "+32470000010": 40, "+32470000011": 40}.get(
                d.mobile, 10
            )
            d.state, d.delivered_at = "delivered", a3.created_at + dt.timedelta(seconds=seconds)
        old = _alert(s, admin, [aaigem], dt.datetime(2026, 9, 30, 12, 0, tzinfo=UTC))
        _deliver(old, [("delivered", 5)] * 3)
        s.commit()
        figures = newsletter.alert_figures(s, parse_period("2026-Q4"))

    by_name = {fig.network: fig for fig in figures}
    assert [fig.network for fig in figures] == ["BIN Aaigem", "BIN Oordegem", "Hele zone"]
    o = by_name["BIN Oordegem"]
    assert dict(o.alerts_by_kind) == {"urgent": 2, "prevention": 1}
    # a1 5 + a2 4 (the cancelled one does not count) + a3 5 (Beide is in both BINs)
    assert o.deliveries == 14
    assert o.delivered == 5 + 2 + 5
    assert o.members_reached == 5
    assert o.delivery_rate == pytest.approx(100 * 12 / 14)
    # a1 reached everyone after 300 s, a3's Oordegem part after 500 s; a2 never did
    assert o.median_seconds_to_all == pytest.approx(400)
    a = by_name["BIN Aaigem"]
    assert dict(a.alerts_by_kind) == {"urgent": 1}  # the September alert is outside Q4
    assert (a.deliveries, a.delivered, a.members_reached) == (3, 3, 3)
    assert a.median_seconds_to_all == pytest.approx(500)  # "Beide" is in Aaigem too
    zone = by_name["Hele zone"]
    assert dict(zone.alerts_by_kind) == {"urgent": 2, "prevention": 1}
    assert zone.deliveries == 5 + 4 + 7  # every delivery once
    assert zone.members_reached == 7
    assert zone.median_seconds_to_all == pytest.approx(400)  # median of 300 and 500; a2 open


def test_figures_for_chosen_networks_only(db: Database, admin: Actor) -> None:
    with db.session() as s:
        one = f.network(s, admin, "BIN Een")
        two = f.network(s, admin, "BIN Twee")
        f.numbered_members(s, admin, one, 2)
        f.numbered_members(s, admin, two, 2, start=5)
        _alert(s, admin, [two], dt.datetime(2026, 11, 2, 9, tzinfo=UTC))
        s.commit()
        (only,) = newsletter.alert_figures(s, parse_period("2026-11"), [one.id])
    assert only.network == "BIN Een" and only.deliveries == 0 and not only.alerts_by_kind
    assert only.delivery_rate is None and only.median_seconds_to_all is None


def test_house_style_defaults_and_changes(
    db: Database, officer: Actor, balie: Actor, tmp_path: Path
) -> None:
    with db.session() as s:
        style = newsletter.house_style(s)
        assert style.zone_name == "Politiezone Erpe-Mere/Lede"
        assert style.logo == config.resource("newsletter", "logo.png")
        with pytest.raises(PermissionDenied):
            newsletter.set_house_style(s, balie, zone_name="X")
        with pytest.raises(InvalidInput, match="#RRGGBB"):
            newsletter.set_house_style(s, officer, primary="blauw")
        with pytest.raises(InvalidInput, match="PNG"):
            newsletter.set_house_style(s, officer, logo=str(tmp_path / "geen.png"))
        logo = tmp_path / "logo.png"
        logo.write_bytes(config.resource("newsletter", "logo.png").read_bytes())
        style = newsletter.set_house_style(
            s,
            officer,
            zone_name="Politiezone Héverlé",
            zone_phone="016 00 00 00",
            primary="#224466",
            logo=str(logo),
        )
        s.commit()
    with db.session() as s:
        style = newsletter.house_style(s)
        assert (style.zone_name, style.zone_phone, style.primary) == (
            "Politiezone Héverlé",
            "016 00 00 00",
            "#224466",
        )
        assert style.logo == logo.resolve()
        event = s.scalars(select(AuditEvent).where(AuditEvent.entity == "setting")).one()
        assert event.actor == "comm1" and event.after["zone_name"] == "Politiezone Héverlé"


def _content(**changes: object) -> EditionContent:
    values: dict[str, object] = {
        "title": "BIN-nieuws winter",
        "period": "2026-Q4",
        "survey": None,
        "word": "Beste buren,\n\nDank u.",
        "articles": (Article("Afwezigheidstoezicht", "Vraag het aan."),),
        "comments": (Comment("Wat kan er beter?", "Sneller <b>&</b> duidelijker"),),
        "tip_keys": ("donkere-maanden", "phishing"),
    }
    values.update(changes)
    return EditionContent(**values)  # type: ignore[arg-type]


def test_editions_are_numbered_stored_and_reopened(
    db: Database, officer: Actor, balie: Actor
) -> None:
    with db.session() as s:
        with pytest.raises(PermissionDenied):
            newsletter.save_edition(s, balie, _content())
        with pytest.raises(InvalidInput, match="kwartaal"):
            newsletter.save_edition(s, officer, _content(period="winter"))
        first = newsletter.save_edition(s, officer, _content(period="2026-q3"))
        second = newsletter.save_edition(s, officer, _content())
        s.commit()
    with db.session() as s:
        reopened = newsletter.load_edition(s, officer, second)
        assert reopened == _content(edition=2)
        newsletter.save_edition(s, officer, _content(title="BIN-nieuws kerst", edition=2), second)
        s.commit()
        rows = newsletter.list_editions(s, officer)
    assert [(r.id, r.edition, r.title, r.period) for r in rows] == [
        (second, 2, "BIN-nieuws kerst", "2026-Q4"),
        (first, 1, "BIN-nieuws winter", "2026-Q3"),
    ]


def test_build_from_the_database_and_rebuild_an_edition(
    db: Database, admin: Actor, officer: Actor, tmp_path: Path
) -> None:
    with db.session() as s:
        net = f.network(s, admin, "BIN Bambrugge")
        f.numbered_members(s, admin, net, 3)
        alert = _alert(s, admin, [net], dt.datetime(2026, 10, 20, 18, tzinfo=UTC))
        _deliver(alert, [("delivered", 30), ("delivered", 45), ("delivered", 200)])
        newsletter.set_house_style(s, officer, zone_name="Politiezone Zoë-Héverlé")
        s.commit()
    target = tmp_path / "nieuwsbrief.pdf"
    with db.session() as s:
        result = newsletter.build(s, officer, _content(), target, survey_results=survey_results())
        s.commit()
    assert result.pages >= 2 and result.edition == 1
    text = text_of(target)
    assert "Politiezone Zoë-Héverlé" in text and "vierde kwartaal 2026" in text
    assert "BIN Bambrugge" in text and "100,0 %" in text and "3 min" in text  # 200 s
    assert "Donkere maanden" in text and "Phishing-sms" in text
    assert "Klik nooit op links" in text and "BIN-tip:" not in text
    assert "Sneller <b>&</b> duidelijker" in text
    assert "45,8 %" in text
    assert all(fonts_of(target).values())

    again = tmp_path / "opnieuw.pdf"
    with db.session() as s:
        content = newsletter.load_edition(s, officer, result.edition_id)
        rebuilt = newsletter.build(
            s,
            officer,
            content,
            again,
            edition_id=result.edition_id,
            survey_results=survey_results(),
        )
        s.commit()
        row = s.get(Newsletter, result.edition_id)
        assert row is not None and row.pages == rebuilt.pages and row.built_at is not None
        assert s.query(Newsletter).count() == 1
        exports = s.scalars(
            select(AuditEvent).where(
                AuditEvent.entity == "newsletter", AuditEvent.action == "export"
            )
        ).all()
        assert len(exports) == 2
    assert text_of(again) == text


def test_a_tip_that_is_not_a_prevention_tip_is_refused(
    db: Database, officer: Actor, tmp_path: Path
) -> None:
    with db.session() as s, pytest.raises(InvalidInput, match="Inbraak gepleegd"):
        newsletter.build(s, officer, _content(tip_keys=("inbraak-gepleegd",)), tmp_path / "n.pdf")
    assert not (tmp_path / "n.pdf").exists()


def test_deliveries_of_an_erased_member_still_count(db: Database, admin: Actor) -> None:
    with db.session() as s:
        net = f.network(s, admin, "BIN A")
        f.numbered_members(s, admin, net, 2)
        alert = _alert(s, admin, [net], dt.datetime(2026, 12, 1, 8, tzinfo=UTC))
        _deliver(alert, [("delivered", 20), ("delivered", 40)])
        for d in s.scalars(select(Delivery)):
            d.member_id = None  # what GDPR erasure leaves
        s.commit()
        (fig,) = newsletter.alert_figures(s, parse_period("2026-12"))
    assert (fig.deliveries, fig.delivered, fig.members_reached) == (2, 2, 2)


def test_build_with_an_imported_survey(db: Database, admin: Actor, tmp_path: Path) -> None:
    """A Google-Forms export goes through services.surveys into the newsletter."""
    from bindesk.services import surveys

    export = (
        "\ufeffTijdstempel,E-mailadres,Welk BIN?,Kanalen,Wat kan beter?\r\n"
        '2026/11/02 10:00:00 CET,a@example.be,BIN Oordegem,"Sms, E-mail",<b>Meer</b> & sneller\r\n'
        "2026/11/02 11:00:00 CET,b@example.be,BIN Oordegem,Sms,\r\n"
        "2026/11/03 12:00:00 CET,c@example.be,BIN Aaigem,E-mail,Goed zo\r\n"
    ).encode()
    with db.session() as s:
        surveys.import_survey(s, admin, export, "bevraging.csv", "Bevraging Zoë")
        s.commit()
    with db.session() as s:
        comments = newsletter.reader_comments(s, "Bevraging Zoë")
        assert sorted(c.text for c in comments) == ["<b>Meer</b> & sneller", "Goed zo"]
        chosen = tuple(c for c in comments if c.text.startswith("<b>"))
        content = _content(survey="Bevraging Zoë", comments=chosen, tip_keys=())
        result = newsletter.build(s, admin, content, tmp_path / "nb.pdf")
        s.commit()
        row = s.get(Newsletter, result.edition_id)
        assert row is not None and row.survey_id == surveys.get_survey(s, "Bevraging Zoë").id
    text = text_of(tmp_path / "nb.pdf")
    assert "Wat u ons vertelde: Bevraging Zoë" in text and "3 inwoners" in text
    assert "Welk BIN?" in text and "BIN Oordegem 66,7 %" in text and "BIN Aaigem 33,3 %" in text
    assert "Sms 66,7 %" in text and "E-mail 66,7 %" in text
    assert "„<b>Meer</b> & sneller”" in text and "Goed zo" not in text
    assert "a@example.be" not in text
