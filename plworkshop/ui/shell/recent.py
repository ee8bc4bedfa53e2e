"""Recently opened workshops, most recent first, kept in the app's settings file."""

from __future__ import annotations

from PySide6.QtCore import QSettings

RECENT_KEY = "recent/workshops"
RECENT_MAX = 8
LAST_PLACE_KEY = "recent/last_place"  # "workshop id|page number" as the window was closed


class RecentWorkshops:
    """The ids of the last RECENT_MAX workshops opened; titles are looked up when the menu is shown."""

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    def ids(self) -> list[str]:
        value = self.settings.value(RECENT_KEY, [])
        if isinstance(value, str):  # QSettings gives a one-item list back as a plain string
            value = [value] if value else []
        return [str(v) for v in value or []]

    def remember(self, workshop_id: str) -> None:
        ids = [workshop_id] + [i for i in self.ids() if i != workshop_id]
        self.settings.setValue(RECENT_KEY, ids[:RECENT_MAX])

    def forget(self, workshop_id: str) -> None:
        self.settings.setValue(RECENT_KEY, [i for i in self.ids() if i != workshop_id])

    def with_titles(self, live: dict[str, str]) -> list[tuple[str, str]]:
        """(id, title) of the remembered workshops that are in `live` (id → title), most recent first."""
        return [(i, live[i]) for i in self.ids() if i in live]

    def remember_place(self, workshop_id: str | None, page: int) -> None:
        """Where the window was when it closed (no workshop: nothing to go back to)."""
        if workshop_id:
            self.settings.setValue(LAST_PLACE_KEY, f"{workshop_id}|{page}")
        else:
            self.settings.remove(LAST_PLACE_KEY)

    def last_place(self) -> tuple[str, int] | None:
        """(workshop id, page) the window closed on, if it was remembered and reads back whole."""
        workshop_id, _, page = str(self.settings.value(LAST_PLACE_KEY, "") or "").partition("|")
        if not workshop_id or not page.isdigit():
            return None
        return workshop_id, int(page)
