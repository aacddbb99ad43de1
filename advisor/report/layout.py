"""Layout bookkeeping: headings that keep their content, chapter marks, and a log of
where every flowable landed, so that the layout rules can be checked on real reports.

The log records, per drawn flowable, its page, its kind (heading, content, mark) and
the frame's height left after it. `Layout.problems()` states every breach of the rules
of the report (a heading without two lines of its content on its page; a page less than
a third full other than the cover, the main body's last page and the report's last).
"""

from __future__ import annotations

from dataclasses import dataclass, field

HEADING_STYLES = ("h1", "h2", "h3")
LINE_PT = 13.0  # one line of body text
MIN_LINES = 2  # lines of content a heading keeps on its page
MIN_FILL = 1 / 3  # a page that does not end a chapter is at least this full
TOLERANCE_PT = 2.0


def _flowable_base():
    from reportlab.platypus import Flowable

    return Flowable


def mark(kind: str):
    """An invisible flowable that records a point of the story (chapter end, appendix)."""
    base = _flowable_base()

    class Mark(base):  # type: ignore[misc, valid-type]
        def __init__(self) -> None:
            super().__init__()
            self.kind = kind
            self.width = self.height = 0

        def wrap(self, available_width, available_height):  # reportlab's signature
            return 0, 0

        def draw(self) -> None:
            return None

    return Mark()


def chapter_end() -> object:
    return mark("chapter_end")


def appendix_start() -> object:
    return mark("appendix")


def heading(markup: str, style: str = "h1", keep_cm: float = 0.0) -> list:
    """A heading that starts a new page unless it, and `keep_cm` of what follows (at
    least two lines), fit on this one."""
    from reportlab.lib.units import cm
    from reportlab.platypus import CondPageBreak

    from advisor.report.sections import P
    from advisor.report.styles import styles

    para = P(markup, style)
    # The break above keeps the content with the heading; reportlab's keepWithNext would
    # instead push a table that follows whole onto the next page, leaving this one empty.
    para.keepWithNext = 0
    st = getattr(styles(), style)
    need = st.spaceBefore + st.leading * 2 + st.spaceAfter + max(keep_cm * cm,
                                                                 MIN_LINES * LINE_PT + 8)
    return [CondPageBreak(need), para]


@dataclass(frozen=True)
class Event:
    page: int
    kind: str  # heading, content, chapter_end, appendix
    level: int  # heading level (1..3); 0 for the rest
    y: float  # the frame's current y after the flowable (points from the page bottom)
    top: float  # the frame's top and bottom
    bottom: float
    text: str = ""


@dataclass
class Layout:
    """Where the flowables of one report landed."""

    events: list[Event] = field(default_factory=list)
    pages: int = 0

    def record(self, doc, flowable) -> None:
        kind, level, text = "content", 0, ""
        if getattr(flowable, "kind", None) in ("chapter_end", "appendix"):
            kind = flowable.kind
        else:
            style = getattr(getattr(flowable, "style", None), "name", "")
            if style in HEADING_STYLES:
                kind, level, text = "heading", int(style[1]), flowable.getPlainText()
        frame = getattr(doc, "frame", None)
        if frame is None:  # an action before the first page
            return
        self.events.append(Event(doc.page, kind, level, frame._y, frame._y2, frame._y1, text))

    @property
    def appendix_page(self) -> int | None:
        """The first page of the appendix (None: no appendix)."""
        return next((e.page for e in self.events if e.kind == "appendix"), None)

    @property
    def body_pages(self) -> int:
        """Pages of the main body, the cover included."""
        first = self.appendix_page
        return self.pages if first is None else first - 1

    def heights(self) -> list[float]:
        """The height each event took on its page (its share of the frame)."""
        out, prev_page, prev_y = [], None, 0.0
        for e in self.events:
            start = e.top if e.page != prev_page else prev_y
            out.append(max(0.0, start - e.y) if e.kind in ("content", "heading") else 0.0)
            prev_page, prev_y = e.page, e.y
        return out

    def problems(self) -> list[str]:
        return self.heading_problems() + self.fill_problems()

    def heading_problems(self) -> list[str]:
        out, heights = [], self.heights()
        for i, e in enumerate(self.events):
            if e.kind != "heading":
                continue
            own = same_page = 0.0
            for j in range(i + 1, len(self.events)):
                f = self.events[j]
                if f.kind == "chapter_end" or (f.kind == "heading" and f.level <= e.level):
                    break
                if f.kind == "content":
                    own += heights[j]
                    same_page += heights[j] if f.page == e.page else 0.0
            need = min(own, MIN_LINES * LINE_PT) - TOLERANCE_PT
            if same_page < need:
                out.append(f"page {e.page}: heading {e.text!r} keeps {same_page:.0f} pt of "
                           f"its content on its page")
        return out

    def fill_problems(self) -> list[str]:
        out = []
        lowest: dict[int, float] = {}
        frame: dict[int, tuple[float, float]] = {}
        # Only the main body's last page may be short (the appendix starts a page of its
        # own); a chapter that ends elsewhere is followed on its page by the next one.
        ends = {self.appendix_page - 1} if self.appendix_page else set()
        for e in self.events:
            if e.kind in ("content", "heading"):
                lowest[e.page] = min(lowest.get(e.page, e.top), e.y)
            frame[e.page] = (e.top, e.bottom)
        for page in range(2, self.pages):  # not the cover, not the last page
            if page in ends or page not in frame:
                continue
            top, bottom = frame[page]
            fill = (top - lowest.get(page, top)) / (top - bottom)
            if fill < MIN_FILL:
                out.append(f"page {page}: {fill:.0%} full and not the end of the main body")
        return out
