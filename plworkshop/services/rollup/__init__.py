"""The statewide rollup across workshops: scope, SQL aggregates, disagreements and top ideas.

`build_rollup` is the one entry; the frozen result it returns is `plworkshop.domain.rollup.models.Rollup`.
"""

from plworkshop.services.rollup.build import build_rollup

__all__ = ["build_rollup"]
