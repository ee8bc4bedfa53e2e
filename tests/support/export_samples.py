"""Sample values and snapshot edits shared by the export tests."""

from __future__ import annotations

CL = "collaborative-leadership"
BA = "balanced-assessments"
HYPERLINK = '=HYPERLINK("http://x","y")'
INJECTIONS = ("=1+1", "+cmd", "-2", "@SUM(A1)", "\t=1+1", HYPERLINK, "  =2+2", "\r=3")
NAMES = ("Ana Ruiz", "Ben Okafor", "Chen Wu")


def with_texts(
    snapshot,
    *,
    response: str | None = None,
    note: str | None = None,
    title: str | None = None,
    description: str | None = None,
    owner: str | None = None,
):
    """The snapshot with the first visible response, the consensus note and the first action item
    carrying the given text (no database: the exports read snapshots only)."""
    import dataclasses

    responses = list(snapshot.responses)
    if response is not None:
        index = next(i for i, r in enumerate(responses) if not r.hidden)
        responses[index] = dataclasses.replace(responses[index], text=response, votes=99)
    assessments = [
        dataclasses.replace(a, note=note) if note is not None and a.is_consensus else a
        for a in snapshot.assessments
    ]
    items = list(snapshot.action_items)
    changes = {
        k: v for k, v in (("title", title), ("description", description), ("owner", owner)) if v is not None
    }
    items[0] = dataclasses.replace(items[0], **changes)
    return dataclasses.replace(
        snapshot, responses=tuple(responses), assessments=tuple(assessments), action_items=tuple(items)
    )
