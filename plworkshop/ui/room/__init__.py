"""The room in the desktop app: the thin adapter to the Qt-free room server, and its windows."""
