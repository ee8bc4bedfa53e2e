"""Helpers shared by the bundle tests: a rich workshop, whole-database dumps, crafted files."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import inspect, text

from plworkshop.framework.model import Condition, Question, Stage
from plworkshop.services import action_items, agenda, assessments, responses, roster, workshops

CUSTOM_KEY = "rural-broadband"


def custom_condition() -> Condition:
    """A condition of the facilitator's own, with one question per stage."""
    return Condition(
        key=CUSTOM_KEY,
        title="Rural broadband for learning",
        strategy="building-capacity",
        summary="Every student can learn online at home.",
        official=False,
        custom=True,
        stages=tuple(
            Stage(
                number=n,
                goal=f"Goal {n}",
                actions=(f"Action {n}",),
                questions=(Question(f"{CUSTOM_KEY}.s{n}.q1", f"Question {n}?"),),
            )
            for n in (1, 2, 3)
        ),
    )


def build_rich_workshop(database) -> str:
    """A workshop using every feature a bundle carries; returns its id."""
    w = workshops.create_workshop(
        database.uow(),
        title="Rich convening",
        date="2026-11-23",
        location="Bismarck",
        state="North Dakota",
        district="Statewide",
        facilitator="Pat Lee",
        notes="Line one\nLine two",
    )
    workshops.set_votes_per_person(database.uow(), w.id, 5)
    agenda.save_condition_text(database.uow(), w.id, custom_condition())
    ana, ben, chen = roster.add_participants(
        database.uow(),
        w.id,
        [
            roster.NewParticipant("Ana Ruiz", "families", role="Parent", organization="PTA"),
            roster.NewParticipant("Ben Okafor", "teachers-and-unions", named_in_report=False),
            roster.NewParticipant("Chen Wu", "policymakers", role="Senator"),
        ],
    )
    agenda.set_agenda(
        database.uow(),
        w.id,
        [("collaborative-leadership", 45), (CUSTOM_KEY, 20), ("balanced-assessments", 30)],
    )
    assessments.assess_stage(database.uow(), w.id, "collaborative-leadership", 1, note="Early days")
    assessments.assess_stage(database.uow(), w.id, "collaborative-leadership", 2, participant_id=ana.id)
    assessments.assess_stage(database.uow(), w.id, CUSTOM_KEY, 0, participant_id=chen.id)
    said = []
    for text_, person, group, cond, q in [
        (
            "Convene a cross-agency council",
            ana.id,
            None,
            "collaborative-leadership",
            "collaborative-leadership.s1.q1",
        ),
        (
            "Fund a pilot <b>now</b> & report",
            None,
            "students",
            "collaborative-leadership",
            "collaborative-leadership.s1.q2",
        ),
        ("Map the dead zones", ben.id, None, CUSTOM_KEY, f"{CUSTOM_KEY}.s1.q1"),
        ("Withdrawn idea", chen.id, None, "balanced-assessments", "balanced-assessments.s2.q1"),
    ]:
        stage = 2 if ".s2." in q else 1
        said.append(
            responses.record_response(
                database.uow(),
                w.id,
                condition=cond,
                stage=stage,
                question=q,
                text=text_,
                participant_id=person,
                stakeholder_group=group,
            )
        )
    responses.vote(database.uow(), w.id, said[0].id, 3)
    responses.withdraw_response(database.uow(), w.id, said[3].id)
    action_items.create_from_response(
        database.uow(),
        w.id,
        said[0].id,
        owner="State board",
        due="2027-03-01",
        priority="high",
        policy_lever="statute",
    )
    action_items.create_action_item(
        database.uow(),
        w.id,
        title="Broadband survey",
        condition=CUSTOM_KEY,
        response_ids=(said[2].id, said[1].id),
        status="in_progress",
    )
    roster.forget_participant(database.uow(), w.id, ben.id)
    return w.id


def dump_tables(database) -> dict[str, list[tuple]]:
    """Every row of every table, in a stable order: two equal dumps mean an unchanged database."""
    names = sorted(inspect(database.engine).get_table_names())
    out = {}
    with database.engine.connect() as conn:
        for name in names:
            rows = conn.execute(text(f'SELECT * FROM "{name}"')).all()
            out[name] = sorted((tuple(r) for r in rows), key=repr)
    return out


def write_json(path: Path, document: dict) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path
