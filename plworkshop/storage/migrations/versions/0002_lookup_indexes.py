"""Indexes for the lookups a live session makes: a person's responses, a condition's placements.

Revision ID: 0002_lookup_indexes
Revises: 0001_initial
Create Date: 2026-11-26
"""

from alembic import op

revision = "0002_lookup_indexes"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_responses_participant", "responses", ["participant_id"])
    op.create_index("ix_assessments_workshop_condition", "assessments", ["workshop_id", "condition"])


def downgrade() -> None:
    op.drop_index("ix_assessments_workshop_condition", table_name="assessments")
    op.drop_index("ix_responses_participant", table_name="responses")
