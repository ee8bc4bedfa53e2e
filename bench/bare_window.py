"""The baseline for start-up and memory: a bare PySide6 script showing a main window, nothing else.

Prints `startup_ms=N` (process age when the window is exposed, measured as plworkshop's smoke test
measures it) and exits. Run as a script: `python bench/bare_window.py`.
"""

import os
import sys
import time
from pathlib import Path


def process_age_ms() -> int:
    stat = Path("/proc/self/stat").read_text()
    fields = stat[stat.rindex(")") + 2 :].split()
    uptime = float(Path("/proc/uptime").read_text().split()[0])
    return round((uptime - int(fields[19]) / os.sysconf("SC_CLK_TCK")) * 1000)


def main() -> int:
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QMainWindow, QSplitter, QTableWidget

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    splitter = QSplitter()
    sidebar = QListWidget()
    sidebar.addItems(["Home", "Setup", "Facilitate", "Action items"])
    splitter.addWidget(sidebar)
    splitter.addWidget(QTableWidget(20, 4))
    window.setCentralWidget(splitter)
    window.statusBar().addPermanentWidget(QLabel("ready"))
    window.resize(1440, 900)
    window.show()
    started = time.perf_counter()
    while not (window.windowHandle() is not None and window.windowHandle().isExposed()):
        if time.perf_counter() - started > 20:
            return 1
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    app.processEvents()
    print(f"startup_ms={process_age_ms()}", flush=True)
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
