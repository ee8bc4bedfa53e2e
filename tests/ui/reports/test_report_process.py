"""Reports are laid out in a child process; what it says comes back, and a dead child costs nothing."""

from __future__ import annotations

import os

import pytest
import report_process_helpers as helpers

from plworkshop.domain.errors import PlworkshopError
from plworkshop.ui.reports import report_process


@pytest.fixture(autouse=True)
def fresh_process():
    report_process.shut_down()
    yield
    report_process.shut_down()


def test_the_work_runs_in_another_process_which_is_kept_for_the_next_report():
    first_pid, text = report_process.build_in_child(helpers.whose_pid, "Ñandú ‮ <b>")
    assert text == "Ñandú ‮ <b>" and first_pid != os.getpid()
    second_pid, _ = report_process.build_in_child(helpers.whose_pid, "again")
    assert second_pid == first_pid


def test_a_refusal_comes_back_as_the_same_sentence():
    with pytest.raises(PlworkshopError, match="cannot be laid out on a page"):
        report_process.build_in_child(helpers.refuse, "text")


def test_a_child_that_dies_leaves_the_work_done_here_and_a_new_child_next_time():
    pid_before, _ = report_process.build_in_child(helpers.whose_pid, "x")
    assert report_process.build_in_child(helpers.die_unless_in, os.getpid()) == "done here"
    pid_after, _ = report_process.build_in_child(helpers.whose_pid, "z")
    assert pid_after not in (pid_before, os.getpid())
