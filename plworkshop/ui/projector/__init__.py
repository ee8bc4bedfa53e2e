"""Projector screens of the GUI."""
