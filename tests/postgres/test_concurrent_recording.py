"""Two facilitators' apps recording into one database at the same moment lose nothing."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time

from plworkshop.services import agenda, responses, roster, workshops

N = 100
Q1 = "collaborative-leadership.s1.q1"

RECORDER = textwrap.dedent("""
    import sys, time
    from plworkshop.services import responses
    from plworkshop.storage.opening import open_database

    url, wid, who, count, start_file = sys.argv[1:6]
    db = open_database(url)
    import os
    open(start_file + "." + who, "w").close()  # ready
    while not os.path.exists(start_file):  # both processes start recording together
        time.sleep(0.005)
    for i in range(int(count)):
        responses.record_response(db.uow(), wid, condition="collaborative-leadership", stage=1,
                                  question=QUESTION, text=f"{who} idea {i}",
                                  stakeholder_group="families")
    db.dispose()
    print("done", who)
""").replace("QUESTION", repr(Q1))


def test_two_processes_recording_at_once_lose_nothing(any_db, any_db_url, tmp_path):
    w = workshops.create_workshop(any_db.uow(), title="Shared room")
    roster.add_participant(any_db.uow(), w.id, name="Ana Ruiz", stakeholder_group="families")
    agenda.set_agenda(any_db.uow(), w.id, [("collaborative-leadership", 45)])
    start = tmp_path / "go"
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", RECORDER, any_db_url, w.id, who, str(N), str(start)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for who in ("laptop-a", "laptop-b")
    ]
    deadline = time.monotonic() + 120
    while not all((tmp_path / f"go.{who}").exists() for who in ("laptop-a", "laptop-b")):
        assert time.monotonic() < deadline and all(p.poll() is None for p in procs), "a recorder died"
        time.sleep(0.01)
    start.write_text("go")
    results = [p.communicate(timeout=180) for p in procs]
    for proc, (_out, err) in zip(procs, results):
        assert proc.returncode == 0, err
    texts = [r.text for r in responses.list_responses(any_db.uow(), w.id)]
    assert len(texts) == 2 * N
    assert set(texts) == {f"{who} idea {i}" for who in ("laptop-a", "laptop-b") for i in range(N)}
    # Both really ran at once: their records interleave in time rather than one after the other.
    owners = [t.split()[0] for t in texts]
    switches = sum(1 for a, b in zip(owners, owners[1:]) if a != b)
    assert switches > 1


VOTER = textwrap.dedent("""
    import os, sys, time
    from plworkshop.services import responses
    from plworkshop.storage.opening import open_database

    url, wid, rid, count, start_file, who = sys.argv[1:7]
    db = open_database(url)
    open(start_file + "." + who, "w").close()
    while not os.path.exists(start_file):
        time.sleep(0.005)
    for _ in range(int(count)):
        responses.vote(db.uow(), wid, rid, 1)
    db.dispose()
""")


def test_two_processes_voting_on_one_idea_at_once_lose_no_vote(any_db, any_db_url, tmp_path):
    w = workshops.create_workshop(any_db.uow(), title="Shared room")
    workshops.set_votes_per_person(any_db.uow(), w.id, 0)  # no budget: only the counting is tested
    agenda.set_agenda(any_db.uow(), w.id, [("collaborative-leadership", 45)])
    idea = responses.record_response(
        any_db.uow(),
        w.id,
        condition="collaborative-leadership",
        stage=1,
        question=Q1,
        text="Shared planning time",
    )
    start = tmp_path / "go"
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", VOTER, any_db_url, w.id, idea.id, str(N), str(start), who],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for who in ("a", "b")
    ]
    deadline = time.monotonic() + 120
    while not all((tmp_path / f"go.{who}").exists() for who in ("a", "b")):
        assert time.monotonic() < deadline and all(p.poll() is None for p in procs), "a voter died"
        time.sleep(0.01)
    start.write_text("go")
    for proc in procs:
        _, err = proc.communicate(timeout=180)
        assert proc.returncode == 0, err
    assert responses.list_responses(any_db.uow(), w.id)[0].votes == 2 * N
