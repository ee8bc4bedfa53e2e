"""Framework content packs: the read-only policy conditions, stages and questions everyone presents."""

from plworkshop.framework.loader import (
    DEFAULT_PACK_FILE,
    PackError,
    condition_from_dict,
    condition_to_dict,
    load_default_pack,
    load_pack,
    pack_summary,
    parse_pack,
)
from plworkshop.framework.model import (
    ASSESSMENT_STAGE_NAMES,
    STAGE_NAMES,
    Condition,
    EarlyAdopter,
    FrameworkPack,
    Question,
    Stage,
    Term,
)

__all__ = [
    "ASSESSMENT_STAGE_NAMES",
    "DEFAULT_PACK_FILE",
    "STAGE_NAMES",
    "Condition",
    "EarlyAdopter",
    "FrameworkPack",
    "PackError",
    "Question",
    "Stage",
    "Term",
    "condition_from_dict",
    "condition_to_dict",
    "load_default_pack",
    "load_pack",
    "pack_summary",
    "parse_pack",
]
