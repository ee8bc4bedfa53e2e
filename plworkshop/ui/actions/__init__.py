"""Actions screens of the GUI."""
