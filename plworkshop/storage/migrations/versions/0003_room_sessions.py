"""The room: join sessions, devices, and which responses, votes and placements came from them.

Revision ID: 0003_room_sessions
Revises: 0002_lookup_indexes
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_room_sessions"
down_revision = "0002_lookup_indexes"
branch_labels = None
depends_on = None

_TIME = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "room_sessions",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column(
            "workshop_id", sa.String(36), sa.ForeignKey("workshops.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("code", sa.String(64), nullable=False, unique=True),
        sa.Column("host", sa.String(100), nullable=False),
        sa.Column("port", sa.Integer(), nullable=False),
        sa.Column("condition", sa.String(200), nullable=True),
        sa.Column("stage", sa.Integer(), nullable=True),
        sa.Column("question", sa.String(300), nullable=True),
        sa.Column("input_open", sa.Boolean(), nullable=False),
        sa.Column("voting_open", sa.Boolean(), nullable=False),
        sa.Column("counts_hidden", sa.Boolean(), nullable=False),
        sa.Column("hold_for_approval", sa.Boolean(), nullable=False),
        sa.Column("created_at", _TIME, nullable=False),
        sa.Column("updated_at", _TIME, nullable=False),
        sa.Column("ended_at", _TIME, nullable=True),
    )
    op.create_index("ix_room_sessions_workshop_id", "room_sessions", ["workshop_id"])
    op.create_table(
        "room_devices",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column(
            "session_id", sa.String(36), sa.ForeignKey("room_sessions.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column(
            "participant_id",
            sa.String(36),
            sa.ForeignKey("participants.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("stakeholder_group", sa.String(200), nullable=True),
        sa.Column("created_at", _TIME, nullable=False),
    )
    op.create_index("ix_room_devices_session_id", "room_devices", ["session_id"])
    op.create_table(
        "room_responses",
        sa.Column(
            "response_id", sa.String(36), sa.ForeignKey("responses.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column(
            "device_id", sa.String(36), sa.ForeignKey("room_devices.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("held", sa.Boolean(), nullable=False),
        sa.Column("created_at", _TIME, nullable=False),
    )
    op.create_index("ix_room_responses_device_id", "room_responses", ["device_id"])
    op.create_table(
        "room_votes",
        sa.Column(
            "device_id", sa.String(36), sa.ForeignKey("room_devices.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column(
            "response_id", sa.String(36), sa.ForeignKey("responses.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("condition", sa.String(200), nullable=False),
        sa.Column("votes", sa.Integer(), nullable=False),
    )
    op.create_table(
        "room_placements",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column(
            "device_id", sa.String(36), sa.ForeignKey("room_devices.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column(
            "workshop_id", sa.String(36), sa.ForeignKey("workshops.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("condition", sa.String(200), nullable=False),
        sa.Column("stakeholder_group", sa.String(200), nullable=True),
        sa.Column("stage", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("updated_at", _TIME, nullable=False),
        sa.UniqueConstraint("device_id", "condition"),
    )
    op.create_index("ix_room_placements_condition", "room_placements", ["condition"])
    op.create_index("ix_room_placements_workshop_id", "room_placements", ["workshop_id"])


def downgrade() -> None:
    op.drop_table("room_placements")
    op.drop_table("room_votes")
    op.drop_table("room_responses")
    op.drop_table("room_devices")
    op.drop_table("room_sessions")
