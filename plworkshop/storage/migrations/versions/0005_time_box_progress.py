"""Time boxes: how long each agenda item's countdown has run, kept across a restart.

Revision ID: 0005_time_box_progress
Revises: 0004_themes_parking_agenda
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_time_box_progress"
down_revision = "0004_themes_parking_agenda"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "time_box_progress",
        sa.Column(
            "workshop_id", sa.String(36), sa.ForeignKey("workshops.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("key", sa.String(300), primary_key=True),
        sa.Column("used_seconds", sa.Float(), nullable=False),
        sa.Column("extra_seconds", sa.Integer(), nullable=False),
        sa.Column("paused_by_hand", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("time_box_progress")
