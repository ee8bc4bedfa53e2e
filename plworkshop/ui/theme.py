"""The look of plworkshop: a calm light theme, a high-contrast large-type one, and the projector's.

Colours live in `Colors` so other screens (charts, the projector) draw with the same palette. The
application style sheet is built from them by `apply_theme`. Type sizes are points relative to the
system's own font size (so the app follows the system's font scaling); the large-type theme
multiplies them. Every focusable control draws a clear focus ring.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from plworkshop.paths import resources_dir


@dataclass(frozen=True)
class Colors:
    """One palette; `LIGHT` for the facilitator's screen, `PROJECTOR` for the room."""

    window: str
    surface: str
    sidebar: str
    sidebar_text: str
    sidebar_selected: str
    text: str
    muted: str
    border: str
    accent: str
    accent_hover: str
    accent_text: str
    danger: str
    success: str
    warning: str
    selection: str


LIGHT = Colors(
    window="#f3f5f8",
    surface="#ffffff",
    sidebar="#17324d",
    sidebar_text="#dbe6f1",
    sidebar_selected="#2b5d8a",
    text="#1b2733",
    muted="#5d6b7b",
    border="#d5dce5",
    accent="#1a6fa8",
    accent_hover="#155c8c",
    accent_text="#ffffff",
    danger="#b42318",
    success="#1f7a4d",
    warning="#b25e09",
    selection="#d6e8f7",
)

PROJECTOR = Colors(
    window="#0b1320",
    surface="#101b2c",
    sidebar="#0b1320",
    sidebar_text="#ffffff",
    sidebar_selected="#1f3b5c",
    text="#ffffff",
    muted="#c9d6e3",
    border="#3a4d66",
    accent="#ffd166",
    accent_hover="#ffe09a",
    accent_text="#0b1320",
    danger="#ff8a80",
    success="#7ee2a8",
    warning="#ffd166",
    selection="#27496f",
)

HIGH_CONTRAST = Colors(
    window="#ffffff",
    surface="#ffffff",
    sidebar="#000000",
    sidebar_text="#ffffff",
    sidebar_selected="#003f8a",
    text="#000000",
    muted="#2b2b2b",
    border="#000000",
    accent="#003f8a",
    accent_hover="#002a5c",
    accent_text="#ffffff",
    danger="#9b0000",
    success="#0a5c2f",
    warning="#7a3d00",
    selection="#ffe27a",
)

# The focus ring: thick, and in a colour that stands out from both light surfaces and the accent.
FOCUS_RING = {"light": "#e07b00", "contrast": "#d35400"}
LARGE_TYPE_FACTOR = 1.4

# Stage colours: not yet started, Exploration, Replication, Statewide Transformation.
STAGE_COLORS = ("#9aa5b1", "#3b82c4", "#2f9e77", "#7b4fb8")

BASE_POINT_SIZE = 10
PROJECTOR_POINT_SIZES = {"title": 40, "question": 34, "body": 24, "small": 18}


def _palette(c: Colors) -> QPalette:
    p = QPalette()
    role = QPalette.ColorRole
    for r, value in (
        (role.Window, c.window),
        (role.Base, c.surface),
        (role.AlternateBase, c.window),
        (role.Text, c.text),
        (role.WindowText, c.text),
        (role.Button, c.surface),
        (role.ButtonText, c.text),
        (role.Highlight, c.accent),
        (role.HighlightedText, c.accent_text),
        (role.ToolTipBase, c.surface),
        (role.ToolTipText, c.text),
        (role.PlaceholderText, c.muted),
        (role.Link, c.accent),
    ):
        p.setColor(r, QColor(value))
    p.setColor(QPalette.ColorGroup.Disabled, role.Text, QColor(c.muted))
    p.setColor(QPalette.ColorGroup.Disabled, role.ButtonText, QColor(c.muted))
    p.setColor(QPalette.ColorGroup.Disabled, role.WindowText, QColor(c.muted))
    return p


def stylesheet(c: Colors = LIGHT, base_pt: float = BASE_POINT_SIZE, *, contrast: bool = False) -> str:
    """The application style sheet. Object names used: `Sidebar`, `PageTitle`, `Hint`, `Primary`.

    Sizes are given relative to `base_pt`, the application font's point size.
    """
    icons = (resources_dir() / "icons").as_posix()

    def pt(ten: float) -> str:  # a size that was designed as `ten` points on a 10 pt base
        return f"{ten * base_pt / 10:.1f}pt"

    ring = FOCUS_RING["contrast" if contrast else "light"]
    return f"""
QMainWindow, QDialog {{ background: {c.window}; }}
QWidget#Page {{ background: {c.window}; }}
QLabel#PageTitle {{ font-size: {pt(20)}; font-weight: 600; color: {c.text}; }}
QLabel#SectionTitle {{ font-size: {pt(12)}; font-weight: 600; color: {c.text}; }}
QLabel#Hint {{ color: {c.muted}; }}
QLabel#Total {{ font-size: {pt(11)}; font-weight: 600; color: {c.text}; }}
QListWidget#Sidebar {{
    background: {c.sidebar}; color: {c.sidebar_text}; border: none; padding: 8px 6px;
    font-size: {pt(11)}; outline: none;
}}
QListWidget#Sidebar::item {{ padding: 10px 12px; border-radius: 6px; margin: 2px 0; }}
QListWidget#Sidebar::item:selected {{ background: {c.sidebar_selected}; color: #ffffff; }}
QListWidget#Sidebar::item:disabled {{ color: #6f86a0; }}
QWidget#SidebarPanel {{ background: {c.sidebar}; }}
QLabel#Brand {{ color: #ffffff; font-size: {pt(15)}; font-weight: 700; padding: 16px 14px 2px 14px; }}
QLabel#BrandSub {{ color: {c.sidebar_text}; padding: 0 14px 12px 14px; }}
QLabel#Starting {{ color: {c.muted}; font-size: {pt(13)}; }}
QLabel#OpenWorkshop {{
    color: #ffffff; background: rgba(255,255,255,0.08); border-radius: 6px; padding: 8px 10px;
    margin: 6px 8px;
}}
QTableView, QListView, QTreeView, QPlainTextEdit, QTextEdit {{
    background: {c.surface}; border: 1px solid {c.border}; border-radius: 6px;
    selection-background-color: {c.selection}; selection-color: {c.text};
    gridline-color: {c.border};
}}
QTableView::item {{ padding: 4px 6px; }}
QTreeView::item {{ padding: 5px 4px; }}
QHeaderView::section {{
    background: {c.window}; color: {c.muted}; border: none; border-bottom: 1px solid {c.border};
    padding: 6px 8px; font-weight: 600;
}}
QLineEdit, QDateEdit, QSpinBox, QComboBox {{
    background: {c.surface}; border: 1px solid {c.border}; border-radius: 5px; padding: 5px 8px;
    min-height: 20px;
}}
QSpinBox::up-button, QDateEdit::up-button {{
    subcontrol-origin: border; subcontrol-position: top right; width: 22px;
    border-left: 1px solid {c.border}; border-bottom: 1px solid {c.border}; border-top-right-radius: 5px;
}}
QSpinBox::down-button, QDateEdit::down-button {{
    subcontrol-origin: border; subcontrol-position: bottom right; width: 22px;
    border-left: 1px solid {c.border}; border-bottom-right-radius: 5px;
}}
QSpinBox::up-arrow, QDateEdit::up-arrow {{ image: url({icons}/chevron-up.svg); width: 10px; height: 10px; }}
QSpinBox::down-arrow, QDateEdit::down-arrow, QComboBox::down-arrow {{
    image: url({icons}/chevron-down.svg); width: 10px; height: 10px;
}}
QDateEdit::drop-down, QComboBox::drop-down {{
    subcontrol-origin: padding; subcontrol-position: top right; width: 26px;
    border-left: 1px solid {c.border};
}}
QLineEdit:focus, QDateEdit:focus, QSpinBox:focus, QComboBox:focus, QPlainTextEdit:focus,
QTextEdit:focus, QTableView:focus, QListView:focus, QTreeView:focus {{
    border: 2px solid {ring};
}}
QCheckBox:focus, QRadioButton:focus {{ outline: 2px solid {ring}; color: {c.text}; }}
QCheckBox::indicator:focus, QRadioButton::indicator:focus {{ border: 2px solid {ring}; }}
QTabBar::tab:focus {{ border: 2px solid {ring}; }}
QListWidget#Sidebar:focus {{ border: 2px solid {ring}; }}
QPushButton {{
    background: {c.surface}; color: {c.text}; border: 1px solid {c.border}; border-radius: 6px;
    padding: 6px 14px;
}}
QPushButton:hover {{ border-color: {c.accent}; }}
QPushButton:focus {{ border: 2px solid {ring}; }}
QPushButton:disabled {{ color: {c.muted}; background: {c.window}; }}
QPushButton#Primary {{ background: {c.accent}; color: {c.accent_text}; border: 1px solid {c.accent}; }}
QPushButton#Primary:hover {{ background: {c.accent_hover}; }}
QPushButton#Primary:focus {{ border: 2px solid {ring}; }}
QPushButton#Danger {{ color: {c.danger}; }}
QTabWidget::pane {{ border: none; }}
QTabBar::tab {{
    background: transparent; color: {c.muted}; padding: 8px 16px; border: none;
    border-bottom: 2px solid transparent; font-size: {pt(10.5)};
}}
QTabBar::tab:selected {{ color: {c.text}; border-bottom: 2px solid {c.accent}; font-weight: 600; }}
QStatusBar {{ background: {c.surface}; border-top: 1px solid {c.border}; color: {c.muted}; }}
QStatusBar QLabel#Saved {{ color: {c.success}; padding: 0 8px; }}
QLabel#CardCounts {{ color: {c.accent}; font-weight: 600; }}
QFrame#Card {{ background: {c.surface}; border: 1px solid {c.border}; border-radius: 8px; }}
"""


def system_point_size(app: QApplication) -> float:
    """The system's own font size in points (remembered before the theme changes the app font)."""
    value = app.property("plworkshop_system_pt")
    if not value:
        size = QFont(app.font()).pointSizeF()
        value = size if size > 0 else float(BASE_POINT_SIZE)
        app.setProperty("plworkshop_system_pt", value)
    return float(value)


def apply_theme(app: QApplication, colors: Colors | None = None, *, high_contrast: bool = False) -> None:
    """Fusion style with our palette and style sheet: the same look on every platform.

    The type follows the system's font size (never smaller than 10 pt on the laptop theme); the
    high-contrast theme uses black on white and type 1.4 times larger. Can be called again to switch.
    """
    colors = colors or (HIGH_CONTRAST if high_contrast else LIGHT)
    base = max(system_point_size(app), float(BASE_POINT_SIZE))
    if high_contrast:
        base *= LARGE_TYPE_FACTOR
    app.setStyle("Fusion")
    app.setPalette(_palette(colors))
    font = QFont(app.font())
    font.setPointSizeF(base)
    app.setFont(font)
    app.setProperty("plworkshop_high_contrast", high_contrast)
    app.setStyleSheet(stylesheet(colors, base, contrast=high_contrast))


def projector_stylesheet(c: Colors = PROJECTOR) -> str:
    """A style sheet for a projector window: large, high-contrast type readable from the back."""
    s = PROJECTOR_POINT_SIZES
    return f"""
QWidget {{ background: {c.window}; color: {c.text}; font-size: {s["body"]}pt; }}
QLabel#ProjectorTitle {{ font-size: {s["title"]}pt; font-weight: 700; color: {c.text}; }}
QLabel#ProjectorQuestion {{ font-size: {s["question"]}pt; font-weight: 600; color: {c.accent}; }}
QLabel#ProjectorSmall {{ font-size: {s["small"]}pt; color: {c.muted}; }}
QLabel#ProjectorTimer {{ font-size: {s["title"]}pt; font-weight: 700; color: {c.accent}; }}
"""


def scale_points(css: str) -> str:
    """`css` with every "N pt" size scaled from a 10 pt design to the application font's size.

    Screens that style their own labels call this so their type follows the system's font
    scaling and the large-type theme, instead of staying at fixed sizes.
    """
    import re

    app = QApplication.instance()
    base = QFont(app.font()).pointSizeF() if app is not None else float(BASE_POINT_SIZE)
    factor = (base if base > 0 else BASE_POINT_SIZE) / BASE_POINT_SIZE
    return re.sub(r"(\d+(?:\.\d+)?)pt\b", lambda m: f"{float(m.group(1)) * factor:.1f}pt", css)
