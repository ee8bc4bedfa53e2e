"""The printable agenda: one page for the room's wall or the handout pile, from a plain snapshot."""

from __future__ import annotations

from plworkshop.reports.agenda.agenda_pdf import agenda_pdf

__all__ = ["agenda_pdf"]
