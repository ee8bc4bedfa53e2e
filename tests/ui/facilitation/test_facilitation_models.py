"""Every custom Qt model of the facilitation and action-item screens passes qtmodeltester, filled
with real read models from the services."""

from plworkshop.framework import STAGE_NAMES
from plworkshop.services import action_items, assessments, responses, roster, workshops
from plworkshop.ui.actions.action_item_table_model import ActionItemFilterProxy, ActionItemTableModel
from plworkshop.ui.facilitation.assessment_model import AssessmentModel
from plworkshop.ui.facilitation.navigator_model import NavigatorModel
from plworkshop.ui.facilitation.response_list_model import ResponseFilterProxy, ResponseListModel


def _fill(db, wid, ctx):
    condition = ctx.pack.condition("collaborative-leadership")
    question = condition.stage(1).questions[0].key
    people = roster.list_participants(db.uow(), wid)
    said = [
        responses.record_response(
            db.uow(),
            wid,
            condition=condition.key,
            stage=1,
            question=question,
            text=f"Idea {n}",
            participant_id=people[n % 3].id if n % 2 else None,
        )
        for n in range(6)
    ]
    responses.withdraw_response(db.uow(), wid, said[2].id)
    responses.set_votes(db.uow(), wid, said[1].id, 2)
    return people, said, condition, question


def test_response_list_model_and_proxy(qtmodeltester, db, workshop, ctx):
    people, said, condition, question = _fill(db, workshop.id, ctx)
    model = ResponseListModel(ctx.pack.stakeholder_label)
    model.set_people(people)
    model.replace(responses.list_responses(db.uow(), workshop.id, question=question))
    qtmodeltester.check(model)
    proxy = ResponseFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filters(group="families", text="idea")
    qtmodeltester.check(proxy)
    # in-place update and append keep the model consistent
    responses.vote(db.uow(), workshop.id, said[0].id, 1)
    responses.record_response(
        db.uow(), workshop.id, condition=condition.key, stage=1, question=question, text="Late idea"
    )
    model.replace(responses.list_responses(db.uow(), workshop.id, question=question))
    assert model.rowCount() == 7
    qtmodeltester.check(model)


def test_assessment_model(qtmodeltester, db, workshop, ctx):
    people = roster.list_participants(db.uow(), workshop.id)
    assessments.assess_stage(
        db.uow(), workshop.id, "collaborative-leadership", 2, participant_id=people[0].id
    )
    assessments.assess_stage(db.uow(), workshop.id, "collaborative-leadership", 1, note="Close call")
    model = AssessmentModel(ctx.pack.stakeholder_label)
    model.load(people, assessments.list_assessments(db.uow(), workshop.id, "collaborative-leadership"))
    qtmodeltester.check(model)
    assert model.stage_at(0) == 2 and model.stage_at(model.consensus_row()) == 1


def test_navigator_model(qtmodeltester, db, workshop, ctx):
    snapshot = workshops.snapshot(db.uow(), workshop.id)
    model = NavigatorModel()
    model.load([(snapshot.conditions[a.condition], a.minutes) for a in snapshot.agenda], STAGE_NAMES, set())
    qtmodeltester.check(model)


def test_action_item_model_and_proxy(qtmodeltester, db, workshop, ctx):
    _people, said, _condition, _question = _fill(db, workshop.id, ctx)
    action_items.create_from_response(
        db.uow(), workshop.id, said[0].id, due="2027-01-31", policy_lever="statute", priority="high"
    )
    action_items.create_action_item(db.uow(), workshop.id, title="From scratch", status="blocked")
    model = ActionItemTableModel(ctx.pack)
    model.set_items(action_items.list_action_items(db.uow(), workshop.id))
    qtmodeltester.check(model)
    proxy = ActionItemFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filters(status="blocked")
    assert proxy.rowCount() == 1
    qtmodeltester.check(proxy)
