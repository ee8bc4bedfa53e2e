"""The day plan: welcome, breaks, lunch and report-out among the conditions, clock times, per-question
time boxes, and a new workshop made from an earlier one."""

from __future__ import annotations

import pytest

from plworkshop.domain.day_plan import parse_clock
from plworkshop.domain.errors import InvalidValue
from plworkshop.services import agenda, day_plan, parking_lot, responses, roster, templates, themes, workshops

CL, BA = "collaborative-leadership", "balanced-assessments"


@pytest.mark.parametrize(
    "typed, stored",
    [
        ("9:30", "09:30"),
        ("09.30", "09:30"),
        ("9h30", "09:30"),
        ("2pm", "14:00"),
        ("2:15 p.m.", "14:15"),
        ("12 am", "00:00"),
        ("14:00", "14:00"),
        ("", None),
    ],
)
def test_clock_times_parse_as_people_type_them(typed, stored):
    assert parse_clock(typed) == stored


@pytest.mark.parametrize("typed", ["9", "25:00", "13pm", "half past nine", "9:75"])
def test_a_clock_time_that_is_not_one_is_refused(typed):
    with pytest.raises(InvalidValue, match="not a clock time"):
        parse_clock(typed)


def test_day_plan_computes_clock_times_and_keeps_breaks_in_place(db, workshop):
    wid = workshop.id
    day_plan.set_day_start(db.uow(), wid, "9am")
    day_plan.add_session(db.uow(), wid, "welcome", index=0)
    lunch = day_plan.add_session(db.uow(), wid, "lunch", minutes=60, index=2)
    day_plan.add_session(db.uow(), wid, "report_out")
    plan = day_plan.get_day_plan(db.uow(), wid)
    assert [(i.kind, i.start, i.end) for i in plan.items] == [
        ("welcome", "09:00", "09:15"),
        ("condition", "09:15", "10:00"),
        ("lunch", "10:00", "11:00"),
        ("condition", "11:00", "11:30"),
        ("report_out", "11:30", "12:00"),
    ]
    day_plan.update_session(db.uow(), wid, lunch.id, starts_at="12:30", title="Lunch on the terrace")
    agenda.set_agenda(db.uow(), wid, [(BA, 30), (CL, 45)])  # reorder the conditions: lunch stays
    plan = day_plan.get_day_plan(db.uow(), wid)
    assert [
        (i.key if i.is_condition else i.kind, i.title if i.kind == "lunch" else "", i.start)
        for i in plan.items
    ] == [
        ("welcome", "", "09:00"),
        (BA, "", "09:15"),
        ("lunch", "Lunch on the terrace", "12:30"),
        (CL, "", "13:30"),
        ("report_out", "", "14:15"),
    ]
    assert plan.total_minutes == 15 + 30 + 60 + 45 + 30


def test_move_explicit_condition_time_and_undo_state(db, workshop):
    wid = workshop.id
    brk = day_plan.add_session(db.uow(), wid, "break")
    before = day_plan.plan_state(db.uow(), wid)
    day_plan.move_item(db.uow(), wid, brk.id, 0)
    day_plan.set_condition_start(db.uow(), wid, BA, "3 pm")
    day_plan.set_day_start(db.uow(), wid, "8:30")
    plan = day_plan.get_day_plan(db.uow(), wid)
    assert plan.items[0].kind == "break"
    assert plan.items[2].start == "15:00" and plan.items[2].starts_at == "15:00"
    day_plan.restore_plan_state(db.uow(), wid, before)
    plan = day_plan.get_day_plan(db.uow(), wid)
    assert [i.kind for i in plan.items] == ["condition", "condition", "break"]
    assert plan.day_starts_at is None and plan.items[0].start is None


def test_question_time_boxes_and_refusals(db, workshop):
    wid = workshop.id
    day_plan.set_question_time_box(db.uow(), wid, CL, "collaborative-leadership.s1.q1", 10)
    assert day_plan.get_day_plan(db.uow(), wid).question_minutes() == {
        (CL, "collaborative-leadership.s1.q1"): 10
    }
    with pytest.raises(InvalidValue):
        day_plan.set_question_time_box(db.uow(), wid, CL, "no-such-question", 10)
    with pytest.raises(InvalidValue):
        day_plan.add_session(db.uow(), wid, "custom", title="")
    with pytest.raises(InvalidValue):
        day_plan.add_session(db.uow(), wid, "nap")
    day_plan.set_question_time_box(db.uow(), wid, CL, "collaborative-leadership.s1.q1", None)
    assert day_plan.get_day_plan(db.uow(), wid).question_time_boxes == ()


def test_new_workshop_from_an_earlier_one_copies_the_template_only(db, workshop):
    wid = workshop.id
    day_plan.set_day_start(db.uow(), wid, "9:00")
    day_plan.add_session(db.uow(), wid, "lunch", index=1)
    day_plan.set_question_time_box(db.uow(), wid, CL, "collaborative-leadership.s1.q1", 12)
    workshops.set_votes_per_person(db.uow(), wid, 5)
    people = workshops.snapshot(db.uow(), wid).participants
    roster.forget_participant(db.uow(), wid, people[2].id)
    said = responses.record_response(
        db.uow(), wid, condition=CL, stage=1, question="collaborative-leadership.s1.q1", text="Idea"
    )
    themes.create_theme(db.uow(), wid, condition=CL, name="T", response_ids=(said.id,))
    parking_lot.park_text(db.uow(), wid, "Aside")
    new = templates.new_workshop_from(db.uow(), wid, title="Second convening", date="2027-04-02")
    snap = workshops.snapshot(db.uow(), new.id)
    assert snap.workshop.title == "Second convening" and snap.workshop.votes_per_person == 5
    assert snap.workshop.state == "North Dakota" and snap.workshop.day_starts_at == "09:00"
    assert [(p.name, p.named_in_report) for p in snap.participants] == [
        ("Ana Ruiz", True),
        ("Ben Okafor", False),
    ]
    assert [a.condition for a in snap.agenda] == [CL, BA]
    assert [(s.kind, s.position) for s in snap.agenda_sessions] == [("lunch", 2)]
    assert [b.minutes for b in snap.question_time_boxes] == [12]
    assert snap.responses == snap.themes == snap.parked == snap.action_items == snap.assessments == ()
    original = workshops.snapshot(db.uow(), wid)
    assert len(original.responses) == 1 and len(original.themes) == 1
