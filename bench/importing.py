"""Importing district bundles into one database: responses per second, and the raw-SQLite floor.

The bundles are made beforehand with the shared generator and the real bundle writer; only the
imports are timed. The app imports each bundle with `import_bundle` (read, validate, write, commit).
The baseline, alternating bundle by bundle, is what raw sqlite3 can do with the same file: unzip,
`json.loads`, and `executemany` of the same rows into the app's own tables (same schema, indexes
and pragmas), one transaction per bundle, with no validation at all. It is the floor on this disk.
"""

from __future__ import annotations

import json
import sqlite3
import time
import zipfile
from pathlib import Path

from bench.common import Row
from bench.recording import raw_connection

RATE_TARGET = 50_000


def _raw_rows(document: dict) -> dict[str, list[tuple]]:
    w = document["workshop"]
    wid = w["id"]
    rows: dict[str, list[tuple]] = {
        "workshops": [(wid, w["title"], w["date"], w["location"], w["state"], w["district"],
                       w["facilitator"], w["notes"], document["framework"]["id"],
                       document["framework"]["version"], w["votes_per_person"], "{}",
                       w["created_at"], w["updated_at"], None)],
        "workshop_conditions": [(wid, c["key"], 0, json.dumps(c, ensure_ascii=False))
                                for c in document["framework_text"]],
        "agenda_items": [(wid, a["condition"], a["position"], a["minutes"]) for a in w["agenda"]],
        "participants": [(p["id"], wid, p["name"], p["role"], p["organization"], p["stakeholder_group"],
                          p["named_in_report"], p["forgotten"], n, p["updated_at"], p["updated_at"])
                         for n, p in enumerate(w["participants"], 1)],
        "assessments": [(a["id"], wid, a["condition"], a["participant"], a["stage"], a["note"],
                         a["updated_at"]) for a in w["assessments"]],
        "responses": [(r["id"], wid, r["condition"], r["stage"], r["question"], r["participant"],
                       r["stakeholder_group"], r["text"], r["votes"], r["hidden"], r["created_at"],
                       r["updated_at"]) for r in w["responses"]],
        "action_items": [(a["id"], wid, a["condition"], a["title"], a["description"], a["owner"],
                          a["partners"], a["due"], a["priority"], a["status"], a["policy_lever"],
                          a["measure_of_success"], n, a["created_at"], a["updated_at"])
                         for n, a in enumerate(w["action_items"], 1)],
        "action_item_responses": [(a["id"], rid) for a in w["action_items"] for rid in a["response_ids"]],
    }
    return rows


COLUMNS = {
    "workshops": "id, title, date, location, state, district, facilitator, notes, framework_id, "
                 "framework_version, votes_per_person, extra_json, created_at, updated_at, deleted_at",
    "workshop_conditions": "workshop_id, key, custom, content_json",
    "agenda_items": "workshop_id, condition, position, minutes",
    "participants": "id, workshop_id, name, role, organization, stakeholder_group, named_in_report, "
                    "forgotten, position, created_at, updated_at",
    "assessments": "id, workshop_id, condition, participant_id, stage, note, updated_at",
    "responses": "id, workshop_id, condition, stage, question, participant_id, stakeholder_group, text, "
                 "votes, hidden, created_at, updated_at",
    "action_items": "id, workshop_id, condition, title, description, owner, partners, due, priority, "
                    "status, policy_lever, measure_of_success, position, created_at, updated_at",
    "action_item_responses": "action_item_id, response_id",
}


def raw_import(conn: sqlite3.Connection, path: Path) -> int:
    """Unzip, parse and insert one bundle with plain sqlite3; returns its number of responses."""
    with zipfile.ZipFile(path) as archive:
        document = json.loads(archive.read("workshop.json"))
    rows = _raw_rows(document)
    conn.execute("BEGIN")
    for table, values in rows.items():
        if values:
            columns = COLUMNS[table]
            marks = ", ".join("?" * (columns.count(",") + 1))
            conn.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", values)
    conn.execute("COMMIT")
    return len(rows["responses"])


def measure(folder: Path, bundles: list[Path]) -> tuple[float, float, int]:
    """(app seconds, raw seconds, responses) for importing every bundle once each way."""
    from plworkshop.services.bundles import import_bundle
    from plworkshop.storage.opening import open_database

    app_db = open_database(f"sqlite:///{folder / 'import-app.db'}")
    open_database(f"sqlite:///{folder / 'import-raw.db'}").dispose()
    conn = raw_connection(folder / "import-raw.db")
    app_s = raw_s = 0.0
    responses = 0
    try:
        for i, path in enumerate(bundles):
            def app() -> None:
                nonlocal app_s, responses
                started = time.perf_counter()
                outcome = import_bundle(app_db.uow(), path)
                app_s += time.perf_counter() - started
                responses += outcome.counts["responses_added"]

            def raw() -> None:
                nonlocal raw_s
                started = time.perf_counter()
                raw_import(conn, path)
                raw_s += time.perf_counter() - started
            for step in ((app, raw) if i % 2 == 0 else (raw, app)):
                step()
    finally:
        conn.close()
        app_db.dispose()
    return app_s, raw_s, responses


def rows(folder: Path, bundles: list[Path]) -> list[Row]:
    app_s, raw_s, responses = measure(folder, bundles)
    app_rate, raw_rate = responses / app_s, responses / raw_s
    note = f"{len(bundles)} bundles, {responses:,} responses, {app_s:.1f} s; baseline: raw sqlite3, no validation"
    return [Row("import district bundles into one database", app_rate, "responses/s",
                "≥ 50,000/s", app_rate >= RATE_TARGET, baseline=raw_rate, note=note,
                higher_is_better=True)]
