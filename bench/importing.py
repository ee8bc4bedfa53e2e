"""Importing district bundles into one database: responses per second, against raw-SQLite floors.

The bundles are made beforehand with the shared generator and the real bundle writer; only the
imports are timed. The app imports them the way `plworkshop import FOLDER` does, with
`import_bundles` (read ahead in a worker process, full validation, each bundle in its own SAVEPOINT,
a durable commit per batch). The bundles go through in groups of `GROUP` files; for each group
every contender runs once, in an order that rotates from group to group (these machines are noisy),
each into its own database:

- `app`: `import_bundles` on the group (one batch: the group is smaller than a batch);
- `app, one file at a time`: `import_bundle` per file, one transaction each (the old path);
- `floor`: raw sqlite3 with no validation at all: unzip, `json.loads`, `executemany` of the same rows
  into the app's own tables (same schema, indexes and pragmas), one transaction per group, like the
  app, and the same page cache (`IMPORT_CACHE_KIB`) — the baseline of the row;
- `floor, one transaction per bundle` and `floor, pre-parsed`: the same with a commit per bundle,
  and with the JSON already parsed (the database's own cost alone), to show where the time goes.

`python -m bench.importing [N]` runs it on N fresh bundles and prints every contender's rate.
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
GROUP = 10


def _raw_rows(document: dict) -> dict[str, list[tuple]]:
    w = document["workshop"]
    wid = w["id"]
    rows: dict[str, list[tuple]] = {
        "workshops": [
            (
                wid,
                w["title"],
                w["date"],
                w["location"],
                w["state"],
                w["district"],
                w["facilitator"],
                w["notes"],
                document["framework"]["id"],
                document["framework"]["version"],
                w["votes_per_person"],
                "{}",
                w["created_at"],
                w["updated_at"],
                None,
            )
        ],
        "workshop_conditions": [
            (wid, c["key"], 0, json.dumps(c, ensure_ascii=False)) for c in document["framework_text"]
        ],
        "agenda_items": [(wid, a["condition"], a["position"], a["minutes"]) for a in w["agenda"]],
        "participants": [
            (
                p["id"],
                wid,
                p["name"],
                p["role"],
                p["organization"],
                p["stakeholder_group"],
                p["named_in_report"],
                p["forgotten"],
                n,
                p["updated_at"],
                p["updated_at"],
            )
            for n, p in enumerate(w["participants"], 1)
        ],
        "assessments": [
            (a["id"], wid, a["condition"], a["participant"], a["stage"], a["note"], a["updated_at"])
            for a in w["assessments"]
        ],
        "responses": [
            (
                r["id"],
                wid,
                r["condition"],
                r["stage"],
                r["question"],
                r["participant"],
                r["stakeholder_group"],
                r["text"],
                r["votes"],
                r["hidden"],
                r["created_at"],
                r["updated_at"],
            )
            for r in w["responses"]
        ],
        "action_items": [
            (
                a["id"],
                wid,
                a["condition"],
                a["title"],
                a["description"],
                a["owner"],
                a["partners"],
                a["due"],
                a["priority"],
                a["status"],
                a["policy_lever"],
                a["measure_of_success"],
                n,
                a["created_at"],
                a["updated_at"],
            )
            for n, a in enumerate(w["action_items"], 1)
        ],
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


def parse(path: Path) -> dict:
    with zipfile.ZipFile(path) as archive:
        return json.loads(archive.read("workshop.json"))


def raw_insert(conn: sqlite3.Connection, document: dict) -> int:
    """executemany every row of one parsed bundle (inside the caller's transaction)."""
    rows = _raw_rows(document)
    for table, values in rows.items():
        if values:
            columns = COLUMNS[table]
            marks = ", ".join("?" * (columns.count(",") + 1))
            conn.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", values)
    return len(rows["responses"])


def raw_import(conn: sqlite3.Connection, path: Path) -> int:
    """Unzip, parse and insert one bundle with plain sqlite3 in its own transaction."""
    document = parse(path)
    conn.execute("BEGIN")
    count = raw_insert(conn, document)
    conn.execute("COMMIT")
    return count


def raw_import_group(conn: sqlite3.Connection, items: list, *, per_bundle: bool = False) -> int:
    """Items (paths, or documents already parsed) in one transaction, or one per bundle."""
    count = 0
    if not per_bundle:
        conn.execute("BEGIN IMMEDIATE")
    for item in items:
        document = item if isinstance(item, dict) else parse(item)
        if per_bundle:
            conn.execute("BEGIN IMMEDIATE")
        count += raw_insert(conn, document)
        if per_bundle:
            conn.execute("COMMIT")
    if not per_bundle:
        conn.execute("COMMIT")
    return count


class _Contender:
    def __init__(self, name: str, run) -> None:
        self.name, self.run = name, run
        self.seconds = 0.0
        self.responses = 0

    def step(self, group: list[Path]) -> None:
        started = time.perf_counter()
        count = self.run(group)
        self.seconds += time.perf_counter() - started
        self.responses += count

    @property
    def rate(self) -> float:
        return self.responses / self.seconds if self.seconds else float("nan")


def measure(folder: Path, bundles: list[Path], *, variants: bool = True) -> list[_Contender]:
    """Every contender's totals after importing every bundle once each (see the module text)."""
    from plworkshop.services.bundles import import_bundle
    from plworkshop.services.bundles.many import IMPORT_CACHE_KIB, import_bundles
    from plworkshop.storage.opening import open_database

    def fresh(name: str):
        return open_database(f"sqlite:///{folder / f'import-{name}.db'}")

    app_db, single_db = fresh("app"), fresh("app-single")
    conns = {}
    for name in ("floor", "floor-per-bundle", "floor-preparsed"):
        fresh(name).dispose()
        conns[name] = raw_connection(folder / f"import-{name}.db")
        conns[name].execute(f"PRAGMA cache_size=-{IMPORT_CACHE_KIB}")

    def app(group):
        results = import_bundles(app_db.uow(), group)
        failed = [r for r in results if r.error is not None]
        if failed:
            raise RuntimeError(f"{failed[0].path.name}: {failed[0].error}")
        return sum(r.outcome.counts["responses_added"] for r in results)

    def single(group):
        return sum(import_bundle(single_db.uow(), p).counts["responses_added"] for p in group)

    contenders = [_Contender("app", app), _Contender("floor", lambda g: raw_import_group(conns["floor"], g))]
    parsed: dict[Path, dict] = {}
    if variants:
        contenders += [
            _Contender("app, one file at a time", single),
            _Contender(
                "floor, one transaction per bundle",
                lambda g: raw_import_group(conns["floor-per-bundle"], g, per_bundle=True),
            ),
            _Contender(
                "floor, pre-parsed",
                lambda g: raw_import_group(conns["floor-preparsed"], [parsed[p] for p in g]),
            ),
        ]
    try:
        for number, start in enumerate(range(0, len(bundles), GROUP)):
            group = bundles[start : start + GROUP]
            if variants:
                parsed.update((p, parse(p)) for p in group)  # untimed
            turn = number % len(contenders)
            for contender in contenders[turn:] + contenders[:turn]:
                contender.step(group)
            parsed.clear()
    finally:
        for conn in conns.values():
            conn.close()
        app_db.dispose()
        single_db.dispose()
    return contenders


def _load() -> str:
    try:
        return "load " + " ".join(f"{x:.1f}" for x in __import__("os").getloadavg())
    except OSError:
        return "load ?"


def whole_folder(folder: Path, bundles: list[Path]) -> tuple[float, bool]:
    """(responses/s, whether a read-ahead worker ran) for every bundle in one `import_bundles` call,
    as `plworkshop import FOLDER` runs it: a context figure, not interleaved with the floors."""
    from plworkshop.services.bundles.many import import_bundles
    from plworkshop.services.bundles.reading_ahead import worth_a_worker
    from plworkshop.storage.opening import open_database

    db = open_database(f"sqlite:///{folder / 'import-whole.db'}")
    try:
        worker = worth_a_worker(len(bundles))
        started = time.perf_counter()
        results = import_bundles(db.uow(), bundles, read_ahead=worker)
        seconds = time.perf_counter() - started
    finally:
        db.dispose()
    added = sum(r.outcome.counts["responses_added"] for r in results if r.outcome is not None)
    return added / seconds, worker


def rows(folder: Path, bundles: list[Path]) -> list[Row]:
    contenders = measure(folder, bundles)
    by_name = {c.name: c for c in contenders}
    app, floor = by_name["app"], by_name["floor"]
    others = "; ".join(f"{c.name} {c.rate:,.0f}/s" for c in contenders if c.name not in ("app", "floor"))
    whole, worker = whole_folder(folder, bundles)
    note = (
        f"{len(bundles)} bundles, {app.responses:,} responses, {app.seconds:.1f} s; baseline: raw "
        f"sqlite3, no validation, one transaction per {GROUP} bundles like the app; {others}; "
        f"app, all {len(bundles)} files in one call {whole:,.0f}/s "
        f"({'with' if worker else 'without'} the read-ahead worker); {_load()}"
    )
    return [
        Row(
            "import district bundles into one database",
            app.rate,
            "responses/s",
            "≥ 50,000/s",
            app.rate >= RATE_TARGET,
            baseline=floor.rate,
            note=note,
            higher_is_better=True,
        )
    ]


def main(argv: list[str]) -> int:
    """Make N bundles in a scratch folder and print every contender's rate."""
    import tempfile

    from bench.common import FULL
    from bench.workspace import make_district_bundles

    count = int(argv[0]) if argv else 30
    with tempfile.TemporaryDirectory(prefix="plworkshop-bench-import-") as scratch:
        folder = Path(scratch)
        bundles = make_district_bundles(folder / "bundles", FULL, count)
        started = time.perf_counter()
        contenders = measure(folder, bundles)
        print(
            f"{count} bundles, {contenders[0].responses:,} responses, "
            f"{time.perf_counter() - started:.0f} s, {_load()}"
        )
        for c in contenders:
            print(f"  {c.name:36s} {c.rate:9,.0f} responses/s  ({c.seconds:.2f} s)")
    return 0


if __name__ == "__main__":
    import sys

    raise SystemExit(main(sys.argv[1:]))
