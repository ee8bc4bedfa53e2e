"""The themes tests use the shared facilitation-page fixtures."""

from facilitation_page_fixtures import *  # noqa: F403
