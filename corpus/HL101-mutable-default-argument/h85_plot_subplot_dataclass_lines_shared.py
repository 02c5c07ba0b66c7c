"""Small plotting API: subplot() builds an Axes dataclass around a lines list; plot() appends Line2D artists."""
import dataclasses
import itertools


@dataclasses.dataclass
class Line2D:
    xs: tuple
    ys: tuple


@dataclasses.dataclass
class Axes:
    title: str
    lines: list

    def plot(self, xs, ys):
        self.lines.append(Line2D(tuple(xs), tuple(ys)))

    @property
    def ylim(self):
        ys = [y for line in self.lines for y in line.ys]
        return (min(ys), max(ys)) if ys else (0.0, 1.0)


def subplot(title, lines=[]):  # expect: HL101 confirmed
    return Axes(title, lines)


_figures = itertools.count()


def scenario():
    n = next(_figures)
    ax = subplot(f"loss, run {n}")
    ax.plot(range(3), [1.0 / (n + 1), 0.5, 0.25])
    return ax.ylim
