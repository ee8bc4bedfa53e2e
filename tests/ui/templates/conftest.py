"""The template tests use the shared main-window fixtures."""

from main_window_fixtures import *  # noqa: F403
