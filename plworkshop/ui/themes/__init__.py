"""Grouping ideas into themes (the "group" step of a convening)."""
