"""Small charts drawn straight onto the canvas: the stage self-assessment of one condition."""

from __future__ import annotations

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from plworkshop.reports import fonts
from plworkshop.reports.action_plan.pdf_document import ACCENT, BAR, INK, MUTED, RULE, _fit


class StageChart(Flowable):
    """Horizontal bars: how many participants placed the state at each stage 0-3.

    The consensus stage is drawn in the accent colour and labelled; the others in a quiet grey-blue.
    """

    ROW = 13.0
    TITLE = 16.0
    LINE = 11.0  # each further line of a long title

    def __init__(self, title: str, labels: list[str], counts: tuple[int, ...], consensus: int | None,
                 consensus_label: str, empty_label: str, width: float) -> None:
        super().__init__()
        self.title, self.labels, self.counts = title, labels, counts
        self.consensus, self.consensus_label, self.empty_label = consensus, consensus_label, empty_label
        self.width = width
        # the whole name on up to three lines: a cut name ("Comprehensive Supports for Educators and Le…")
        # leaves the reader guessing which condition a chart is
        room = width - (stringWidth(empty_label, fonts.SANS_ITALIC, 7) + 8 if empty_label else 0)
        lines = simpleSplit(" ".join(title.split()), fonts.SANS_BOLD, 8.5, room)
        if len(lines) > 3:
            lines = lines[:2] + [_fit(" ".join(lines[2:]), fonts.SANS_BOLD, 8.5, room)]
        self.title_lines = lines or [""]
        self.title_h = self.TITLE + self.LINE * (len(self.title_lines) - 1)
        self.height = self.title_h + self.ROW * len(labels) + 6

    def wrap(self, availWidth, availHeight):
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.setFont(fonts.SANS_BOLD, 8.5)
        c.setFillColor(INK)
        for i, text in enumerate(self.title_lines):
            c.drawString(0, self.height - 10 - i * self.LINE, text)
        label_w = max(stringWidth(t, fonts.SANS, 7.5) for t in self.labels) + 8
        tag_w = stringWidth(self.consensus_label, fonts.SANS_BOLD, 7) + 26
        bar_w = max(20.0, self.width - label_w - tag_w)
        top = max(self.counts) if any(self.counts) else 0
        for i, (label, n) in enumerate(zip(self.labels, self.counts)):
            y = self.height - self.title_h - self.ROW * (i + 1) + 3
            is_consensus = self.consensus == i
            c.setFont(fonts.SANS_BOLD if is_consensus else fonts.SANS, 7.5)
            c.setFillColor(INK if is_consensus else MUTED)
            c.drawString(0, y + 1.5, label)
            c.setStrokeColor(RULE)
            c.setLineWidth(0.4)
            c.line(label_w, y - 1.5, label_w, y + self.ROW - 3.5)
            length = bar_w * n / top if top else 0
            if is_consensus and not length:
                length = 2.5
            c.setFillColor(ACCENT if is_consensus else BAR)
            if length:
                c.rect(label_w, y, length, self.ROW - 5, stroke=0, fill=1)
            c.setFont(fonts.SANS, 7)
            c.setFillColor(INK)
            text_x = label_w + length + 4
            if top:
                c.drawString(text_x, y + 1.5, str(n))
                text_x += stringWidth(str(n), fonts.SANS, 7) + 6
            if is_consensus:
                c.setFont(fonts.SANS_BOLD, 7)
                c.setFillColor(ACCENT)
                c.drawString(text_x, y + 1.5, "◆ " + self.consensus_label)
        if not top:
            c.setFont(fonts.SANS_ITALIC, 7)
            c.setFillColor(MUTED)
            c.drawRightString(self.width, self.height - 10, self.empty_label)
