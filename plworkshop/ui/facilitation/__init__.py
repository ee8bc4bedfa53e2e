"""Facilitation screens of the GUI."""
