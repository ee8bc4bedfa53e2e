"""Themes (with their ideas), the parking lot, agenda items that are not conditions, clock times
(the day's start, an explicit start per agenda item) and per-question time boxes.

Revision ID: 0004_themes_parking_agenda
Revises: 0003_room_sessions
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_themes_parking_agenda"
down_revision = "0003_room_sessions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("workshops", sa.Column("day_starts_at", sa.String(length=5), nullable=True))
    op.add_column("agenda_items", sa.Column("starts_at", sa.String(length=5), nullable=True))
    op.create_table(
        "themes",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("workshop_id", sa.String(length=36), nullable=False),
        sa.Column("condition", sa.String(length=200), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("votes", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["workshop_id"], ["workshops.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_themes_workshop_id", "themes", ["workshop_id"])
    op.create_table(
        "theme_members",
        sa.Column("theme_id", sa.String(length=36), nullable=False),
        sa.Column("response_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(["theme_id"], ["themes.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["response_id"], ["responses.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("theme_id", "response_id"),
        sa.UniqueConstraint("response_id", name="uq_theme_members_response"),
    )
    op.create_table(
        "parked_ideas",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("workshop_id", sa.String(length=36), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("participant_id", sa.String(length=36), nullable=True),
        sa.Column("stakeholder_group", sa.String(length=200), nullable=True),
        sa.Column("condition", sa.String(length=200), nullable=True),
        sa.Column("stage", sa.Integer(), nullable=True),
        sa.Column("question", sa.String(length=300), nullable=True),
        sa.Column("hidden", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["participant_id"], ["participants.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["workshop_id"], ["workshops.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_parked_ideas_workshop_id", "parked_ideas", ["workshop_id"])
    op.create_table(
        "agenda_sessions",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("workshop_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("starts_at", sa.String(length=5), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["workshop_id"], ["workshops.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_agenda_sessions_workshop_id", "agenda_sessions", ["workshop_id"])
    op.create_table(
        "question_time_boxes",
        sa.Column("workshop_id", sa.String(length=36), nullable=False),
        sa.Column("condition", sa.String(length=200), nullable=False),
        sa.Column("question", sa.String(length=300), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["workshop_id"], ["workshops.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("workshop_id", "condition", "question"),
    )


def downgrade() -> None:
    op.drop_table("question_time_boxes")
    op.drop_index("ix_agenda_sessions_workshop_id", table_name="agenda_sessions")
    op.drop_table("agenda_sessions")
    op.drop_index("ix_parked_ideas_workshop_id", table_name="parked_ideas")
    op.drop_table("parked_ideas")
    op.drop_table("theme_members")
    op.drop_index("ix_themes_workshop_id", table_name="themes")
    op.drop_table("themes")
    # ALTER TABLE … DROP COLUMN (SQLite 3.35+), not batch mode: rebuilding `workshops` with foreign keys
    # on would cascade-delete every workshop's rows in the other tables.
    op.drop_column("agenda_items", "starts_at")
    op.drop_column("workshops", "day_starts_at")
