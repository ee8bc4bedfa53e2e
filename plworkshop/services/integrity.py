"""Checking a database: SQLite's integrity check, foreign keys, the schema revision, references."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select, text

from plworkshop.storage import models as m
from plworkshop.storage import schema
from plworkshop.storage.schema_compare import missing_parts
from plworkshop.storage.unit_of_work import Database


@dataclass
class IntegrityReport:
    lines: list[str] = field(default_factory=list)
    problem: str = ""

    @property
    def ok(self) -> bool:
        return not self.problem


def check_database(db: Database) -> IntegrityReport:
    report = IntegrityReport()
    report.lines.append(f"database: {db.url}")
    revision = schema.current_revision(db.engine)
    report.lines.append(f"schema revision: {revision} (this plworkshop knows up to {schema.HEAD_REVISION})")
    if revision != schema.HEAD_REVISION:
        report.problem = "The database schema is not at the version this plworkshop expects."
        return report
    with db.engine.connect() as conn:
        missing = missing_parts(conn)
        found = "ok" if not missing else f"{len(missing)} missing"
        report.lines.append(f"tables, columns and indexes: {found}")
        if missing:
            shown = ", ".join(missing[:3]) + (f" and {len(missing) - 3} more" if len(missing) > 3 else "")
            report.problem = (
                f"The database lacks {shown}, which its schema version should have; "
                "restore a backup to continue."
            )
            return report
        if db.is_sqlite:
            result = [row[0] for row in conn.execute(text("PRAGMA integrity_check"))]
            report.lines.append(f"integrity check: {', '.join(result[:3])}")
            if result != ["ok"]:
                report.problem = f"SQLite reports damage: {result[0]}."
                return report
            bad_keys = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
            report.lines.append(f"foreign keys: {'ok' if not bad_keys else f'{len(bad_keys)} broken'}")
            if bad_keys:
                report.problem = f"{len(bad_keys)} records point at records that do not exist."
                return report
        orphans = conn.execute(
            select(func.count())
            .select_from(m.Response)
            .where(
                ~select(m.WorkshopCondition.key)
                .where(
                    m.WorkshopCondition.workshop_id == m.Response.workshop_id,
                    m.WorkshopCondition.key == m.Response.condition,
                )
                .exists()
            )
        ).scalar_one()
        report.lines.append(f"responses whose condition text is missing: {orphans}")
        if orphans:
            report.problem = f"{orphans} responses refer to a condition the workshop does not hold."
            return report
        counts = {
            name: conn.execute(select(func.count()).select_from(model)).scalar_one()
            for name, model in (
                ("workshops", m.Workshop),
                ("participants", m.Participant),
                ("responses", m.Response),
                ("action items", m.ActionItem),
            )
        }
    report.lines.append("contents: " + ", ".join(f"{n} {name}" for name, n in counts.items()))
    report.lines.append("result: ok")
    return report
