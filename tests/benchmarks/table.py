"""The one table the runner prints (and the README keeps a copy of)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    """One figure. A target is a ceiling on the ratio to the bare baseline, or on the app's
    own value; a row with neither is for information."""

    name: str
    app: float | None
    bare: float | None = None
    ratio_max: float | None = None
    at_most: float | None = None
    digits: int = 2
    detail: str = ""  # printed under the table: the figures behind this one

    @property
    def ratio(self) -> float | None:
        if self.app is None or not self.bare:
            return None
        return self.app / self.bare

    @property
    def target(self) -> str:
        if self.ratio_max is not None:
            return f"ratio <= {self.ratio_max:g}"
        if self.at_most is not None:
            return f"<= {self.at_most:g}"
        return "-"

    @property
    def met(self) -> str:
        if self.ratio_max is not None:
            ok = self.ratio is not None and self.ratio <= self.ratio_max
        elif self.at_most is not None:
            ok = self.app is not None and self.app <= self.at_most
        else:
            return ""
        return "met" if ok else "MISSED"

    def cells(self) -> list[str]:
        def number(value: float | None, digits: int) -> str:
            return "-" if value is None else f"{value:.{digits}f}"

        ratio = number(self.ratio, 2)
        return [
            self.name,
            number(self.app, self.digits),
            number(self.bare, self.digits),
            ratio,
            self.target,
            self.met,
        ]


HEADER = ["figure", "app", "bare", "ratio", "target", "met?"]


def render(rows: list[Row], heading: list[str]) -> str:
    grid = [HEADER, *(r.cells() for r in rows)]
    widths = [max(len(line[i]) for line in grid) for i in range(len(HEADER))]

    def line(cells: list[str]) -> str:
        first = cells[0].ljust(widths[0])
        rest = (c.rjust(w) for c, w in zip(cells[1:], widths[1:], strict=True))
        return "  ".join([first, *rest]).rstrip()

    rule = "-" * len(line(HEADER))
    out = [*heading, "", line(HEADER), rule, *(line(c) for c in grid[1:]), rule]
    details = [f"- {r.name}: {r.detail}" for r in rows if r.detail]
    if details:
        out += ["", *details]
    return "\n".join(out)
