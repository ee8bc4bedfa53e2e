"""The shell around the pages: the window frame, the sidebar, the lazy page stack and the open workshop.

`main_window.MainWindow` is the frame that wires the parts: `pages` (the page protocol and the lazy
stack), `sidebar`, `session` (which workshop is open), `recent`, `menus`, `restore` and `starting`.
docs/architecture.md describes them and where a new command or status-bar widget goes.
"""
