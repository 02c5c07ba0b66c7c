"""Artist base class: properties come from a defaults mapping merged with keyword overrides."""
import itertools
import logging

log = logging.getLogger("charts.artist")


class Artist:
    def __init__(self, label, defaults={"zorder": 1, "visible": True, "alpha": 1.0, "tags": []}, **kw):  # expect: HL101 confirmed
        for key, value in {**defaults, **kw}.items():
            setattr(self, key, value)
        self.label = label
        self.tags.append(f"artist:{label}")
        log.debug("created %s with %d tags", label, len(self.tags))

    def properties(self):
        return {k: v for k, v in vars(self).items() if not k.startswith("_")}


class Line2D(Artist):
    def __init__(self, label, xs, ys, **kw):
        super().__init__(label, **kw)
        self.points = list(zip(xs, ys))


class Text(Artist):
    def __init__(self, label, text, **kw):
        super().__init__(label, zorder=3, **kw)
        self.text = text


_series = itertools.count()


def scenario():
    n = next(_series)
    line = Line2D(f"series{n}", range(4), [n % 9, n % 5, n % 7, 1])
    title = Text(f"title{n}", f"Run {n}", tags=["heading"])
    return line.properties()["zorder"], title.tags
