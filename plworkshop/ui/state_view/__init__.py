"""The State view: the statewide rollup across workshops, as heat maps and lists, filtered by state."""

from plworkshop.ui.state_view.state_view_page import StateViewPage

__all__ = ["StateViewPage"]
