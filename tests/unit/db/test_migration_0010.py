"""0010: presets installed before it keep their rows and get an order; modem rates appear."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import text

from bindesk.db.engine import Database, alembic_config, open_database
from bindesk.services import tips


def test_presets_of_an_older_database_survive_and_follow_the_new_library(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    cfg = alembic_config(url)
    database = Database(url)
    with database.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0005")
        conn.execute(
            text(
                "INSERT INTO tip_presets (key, title, text, kind, category, active) VALUES "
                "('verdachte-persoon', 'Verdachte persoon', 'Oud: {straat}', 'urgent', "
                "'Inbraak', 1), ('eigen', 'Eigen tip', 'Eigen tekst', 'prevention', '', 0)"
            )
        )
    database.dispose()
    upgraded = open_database(url)
    with upgraded.engine.connect() as conn:
        rows = conn.execute(
            text("SELECT key, position, version, fields, active FROM tip_presets ORDER BY id")
        ).all()
        assert [(r.key, r.position, r.version, r.fields, r.active) for r in rows] == [
            ("verdachte-persoon", 10, 1, "[]", 1),
            ("eigen", 20, 1, "[]", 0),
        ]
        assert conn.execute(text("SELECT count(*) FROM modem_rates")).scalar() == 0
    with upgraded.session() as s:
        tips.install_shipped(s)
    with upgraded.session() as s:
        refreshed = tips.get_preset(s, "verdachte-persoon")
        assert refreshed.text.startswith("BIN-melding: verdachte persoon in de {straat}")
        assert [f["name"] for f in refreshed.fields] == ["straat", "tijdstip", "omschrijving"]
        assert not tips.get_preset(s, "eigen").active  # retired stays retired
    upgraded.dispose()
