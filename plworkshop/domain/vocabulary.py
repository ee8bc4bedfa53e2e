"""Fixed vocabularies of the data model: stages, priorities, statuses, and text limits."""

from __future__ import annotations

STAGE_NUMBERS = (1, 2, 3)
ASSESSMENT_STAGES = (0, 1, 2, 3)

PRIORITIES = ("high", "medium", "low")
PRIORITY_LABELS = {"high": "High", "medium": "Medium", "low": "Low"}

STATUSES = ("planned", "in_progress", "done", "blocked")
STATUS_LABELS = {"planned": "Planned", "in_progress": "In progress", "done": "Done", "blocked": "Blocked"}

MAX_TEXT = 100_000
"""Longest text any field holds (the bundle format's limit); longer input is refused at entry."""

MAX_SHORT_TEXT = 1_000
"""Longest one-line field (a name, a title, an owner)."""

DEFAULT_VOTES_PER_PERSON = 3
