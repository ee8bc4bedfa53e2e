"""Action items gain a stable number, start date, resources, baseline/target, blocked reason, progress notes.

Existing items are numbered 1, 2, 3… per workshop in the order they were made. Columns are only added
(no table rebuild: with SQLite's foreign keys on, rebuilding action_items would cascade into its links),
so `number` stays nullable in the schema and every writer sets it.

Revision ID: 0006_action_item_plan_fields
Revises: 0005_time_box_progress
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_action_item_plan_fields"
down_revision = "0005_time_box_progress"
branch_labels = None
depends_on = None

_TEXTS = ("resources", "baseline", "target", "blocked_reason")


def upgrade() -> None:
    op.add_column(
        "workshops", sa.Column("last_action_number", sa.Integer(), nullable=False, server_default="0")
    )
    op.add_column("action_items", sa.Column("number", sa.Integer(), nullable=True))
    op.add_column("action_items", sa.Column("start", sa.Date(), nullable=True))
    for name in _TEXTS:
        op.add_column("action_items", sa.Column(name, sa.Text(), nullable=False, server_default=""))
    op.add_column("action_items", sa.Column("progress_json", sa.Text(), nullable=False, server_default="[]"))
    conn = op.get_bind()
    items = sa.table(
        "action_items",
        sa.column("id"),
        sa.column("workshop_id"),
        sa.column("number"),
        sa.column("created_at"),
        sa.column("position"),
    )
    workshops = sa.table("workshops", sa.column("id"), sa.column("last_action_number"))
    order = (items.c.workshop_id, items.c.created_at, items.c.position, items.c.id)
    rows = conn.execute(sa.select(items.c.id, items.c.workshop_id).order_by(*order)).all()
    counters: dict[str, int] = {}
    for item_id, workshop_id in rows:
        counters[workshop_id] = counters.get(workshop_id, 0) + 1
        conn.execute(sa.update(items).where(items.c.id == item_id).values(number=counters[workshop_id]))
    for workshop_id, last in counters.items():
        conn.execute(
            sa.update(workshops).where(workshops.c.id == workshop_id).values(last_action_number=last)
        )
    op.create_index("ix_action_items_workshop_number", "action_items", ["workshop_id", "number"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_action_items_workshop_number", table_name="action_items")
    # plain ALTER TABLE … DROP COLUMN (SQLite 3.35+): a batch rebuild would cascade into the links
    for name in ("progress_json", *_TEXTS, "start", "number"):
        op.drop_column("action_items", name)
    op.drop_column("workshops", "last_action_number")
