"""Starting a new workshop from an earlier one (its agenda, roster and settings)."""
