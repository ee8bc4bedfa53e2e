"""Dialogs about the database itself: restoring backups, a damaged file, a database already in use."""
