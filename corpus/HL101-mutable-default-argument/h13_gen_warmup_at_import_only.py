"""Colour palette: a never-ending generator records colours in a default list, but it is only advanced at import to build the palette."""
import itertools


def hue_cycle(step, used=[]):  # expect: HL101 refuted
    hue = 0
    while True:
        used.append(hue)
        yield f"hsl({hue}, 70%, 50%)"
        hue = (hue + step) % 360


_gen = hue_cycle(47)
PALETTE = [next(_gen) for _ in range(8)]


def series_colour(index):
    return PALETTE[index % len(PALETTE)]


_series = itertools.count()


def scenario():
    n = next(_series)
    return {"series": f"s{n}", "colour": series_colour(n)}
