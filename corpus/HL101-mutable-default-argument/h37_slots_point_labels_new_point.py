"""Map markers: a __slots__ point keeps its default label list; annotate() returns a new marker."""
import itertools


class Marker:
    __slots__ = ("lat", "lon", "labels")

    def __init__(self, lat, lon, labels=[]):  # expect: HL101 refuted
        self.lat = lat
        self.lon = lon
        self.labels = labels

    def annotate(self, text):
        return Marker(self.lat, self.lon, self.labels + [text])

    def tooltip(self):
        return f"({self.lat:.3f}, {self.lon:.3f}) " + ", ".join(self.labels)


_pins = itertools.count()


def scenario():
    n = next(_pins)
    marker = Marker(52.0 + n / 1e6, 4.3)
    return marker.annotate(f"stop {n}").tooltip()
