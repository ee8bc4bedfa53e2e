"""Preferences: the interface language and the high-contrast, large-type theme."""
