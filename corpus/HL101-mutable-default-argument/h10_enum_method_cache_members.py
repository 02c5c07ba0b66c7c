"""Themes: an Enum method caches its computed CSS per member; the cache never holds more than the members."""
import enum
import itertools


class Color(enum.Enum):
    RED = (255, 0, 0)
    GREEN = (0, 200, 0)
    BLUE = (0, 0, 255)

    def css(self, cache={}):  # expect: HL101 refuted
        if self not in cache:
            cache[self] = "#" + "".join(f"{c:02x}" for c in self.value)
        return cache[self]


_renders = itertools.count()


def scenario():
    n = next(_renders)
    color = list(Color)[n % 3]
    return f'<span style="color:{color.css()}">item {n}</span>'
