"""The WORKSHOP argument of export, report and rollup: an id or a start of a title, never blank."""

from __future__ import annotations

import argparse


def workshop_ref(value: str) -> str:
    """A blank WORKSHOP would match every title; argparse turns this refusal into a usage error."""
    if not value.strip():
        raise argparse.ArgumentTypeError(
            "which workshop? Give its id or the start of its title "
            "(plworkshop list shows them), not an empty name"
        )
    return value
