"""Tips in the database: the shipped library first, then the zone's own, audited."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bindesk.db.engine import Database
from bindesk.db.models import AuditEvent, TipPreset
from bindesk.domain.errors import InvalidInput, PermissionDenied
from bindesk.services import tips
from bindesk.services.operators import Actor


def test_the_shipped_library_is_the_first_version(db: Database) -> None:
    with db.session() as s:
        rows = tips.list_presets(s)
        shipped = tips.shipped_presets()
        assert [r.key for r in rows] == [p["key"] for p in shipped]
        assert all(r.version == 1 and not r.updated_by for r in rows)
        first = tips.as_json(rows[0])
        assert list(first) == ["key", "title", "category", "kind", "text", "fields"]
        assert first["fields"] == [
            {"name": "straat", "example": "Koning Albertstraat"},
            {"name": "tijdstip", "example": "vanavond rond 21.30 uur"},
        ]


def test_add_edit_retire_and_order_are_audited(db: Database, beheer: Actor) -> None:
    with db.session() as s:
        tips.add_preset(
            s,
            beheer,
            key="inbraak-garage",
            title="Inbraak in garages",
            category="Inbraak",
            text="BIN-melding: inbraken in garages in de {straat}. Sluit uw garage af. Bel 101.",
            fields=[{"name": "straat", "hint": "de straat", "example": "Molenstraat"}],
            action="Garage afsluiten",
        )
    with db.session() as s:
        row = tips.get_preset(s, "inbraak-garage")
        assert row.position > max(r.position for r in tips.list_presets(s) if r.key != row.key)
        tips.edit_preset(s, beheer, "inbraak-garage", title="Garages")
        tips.move_preset(s, beheer, "inbraak-garage", -100)
        tips.set_retired(s, beheer, "inbraak-garage")
    with db.session() as s:
        keys = [r.key for r in tips.list_presets(s)]
        assert "inbraak-garage" not in keys
        everything = tips.list_presets(s, include_retired=True)
        assert everything[0].key == "inbraak-garage"
        row = everything[0]
        assert row.title == "Garages" and row.version == 4 and row.updated_by == "beheer1"
        assert row.retired_at is not None
        events = s.scalars(
            select(AuditEvent).where(AuditEvent.entity == "tip").order_by(AuditEvent.id)
        ).all()
        assert [e.action for e in events] == ["create", "update", "update", "retire"]
        assert events[1].before and events[1].before["title"] == "Inbraak in garages"
        assert events[1].after and events[1].after["title"] == "Garages"


def test_only_beheer_and_admin_manage_tips(db: Database, balie: Actor) -> None:
    with db.session() as s, pytest.raises(PermissionDenied, match="tips beheren"):
        tips.set_retired(s, balie, "brand")


def test_an_urgent_tip_over_one_sms_is_refused_with_the_count_and_a_shorter_wording(
    db: Database, beheer: Actor
) -> None:
    long = (
        "BIN-melding: verdachte persoon gezien in de {straat} ({tijdstip}): {omschrijving}. "
        "Doe uw buitenverlichting aan en bel bij iets verdachts 101."
    )
    with db.session() as s, pytest.raises(InvalidInput, match=r"tekens te lang.*Korter"):
        tips.add_preset(s, beheer, key="lang", title="Lang", text=long)
    with db.session() as s:  # a prevention tip may take two
        tips.add_preset(s, beheer, key="lang", title="Lang", text=long, kind="prevention")


def test_a_tip_with_a_plate_is_refused(db: Database, beheer: Actor) -> None:
    with db.session() as s, pytest.raises(InvalidInput, match="nummerplaat"):
        tips.edit_preset(s, beheer, "brand", text="Brand bij wagen 1-ABC-123 in de {straat}.")


def test_an_unedited_shipped_preset_follows_the_library_an_edited_one_stays(
    db: Database, beheer: Actor
) -> None:
    with db.session() as s:
        tips.list_presets(s)
        old = tips.get_preset(s, "verdachte-persoon")
        old.text = "Oude tekst in de {straat}."
        tips.edit_preset(s, beheer, "brand", action="Eigen actie")
    with db.session() as s:
        tips.install_shipped(s)
    with db.session() as s:
        assert tips.get_preset(s, "verdachte-persoon").text.startswith("BIN-melding: verdachte")
        assert tips.get_preset(s, "brand").action == "Eigen actie"
        refreshed = s.scalars(
            select(AuditEvent).where(
                AuditEvent.entity_id == "verdachte-persoon", AuditEvent.actor == "bindesk"
            )
        ).one()
        assert refreshed.before and refreshed.before["text"] == "Oude tekst in de {straat}."


def test_presets_are_found_by_typing_over_key_title_text_and_category(db: Database) -> None:
    with db.session() as s:
        rows = tips.list_presets(s)
        assert {r.key for r in rows if tips.matches(r, "voertuig")} >= {"verdacht-voertuig"}
        assert {r.key for r in rows if tips.matches(r, "sluik")} == {"sluikstorten", "zwerfvuil"}
        assert {r.key for r in rows if tips.matches(r, "watermaat")} == set()
        assert "graffiti" in {r.key for r in rows if tips.matches(r, "Vandalisme graf")}
        assert s.scalar(select(TipPreset).where(TipPreset.key == "brand")) is not None
