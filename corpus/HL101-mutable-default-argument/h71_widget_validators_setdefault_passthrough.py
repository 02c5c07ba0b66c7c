"""Chart widgets run every attribute through a per-name validator table, as trait-based UI toolkits do."""
import itertools
import re

_HEX = re.compile(r"#[0-9a-fA-F]{6}")


def _length(value):
    return max(float(value), 0.0)


def _color(value):
    if not _HEX.fullmatch(value):
        raise ValueError(f"not a hex color: {value!r}")
    return value.lower()


def _opaque(value):
    return value


class Widget:
    def __init__(self, **attrs):
        for name, value in attrs.items():
            setattr(self, name, value)

    # heaplint-todo: whether the hex-colour regex matches the formatted fill is not evaluated, so the run that reaches the data_ attribute's setdefault is one way of an undecided test (heaplint: unknown)
    def __setattr__(self, name, value, validators={"width": _length, "height": _length, "fill": _color}):  # expect: HL101 confirmed
        validate = validators.setdefault(name, _opaque)
        super().__setattr__(name, validate(value))


class Bar(Widget):
    def bbox(self):
        return (0.0, 0.0, self.width, self.height)


_rows = itertools.count()


def scenario():
    n = next(_rows)
    record = {"width": 12, "height": n % 90 + 1, "fill": f"#{n * 2654435761 % 0xFFFFFF:06X}", f"data_{n:x}": f"row {n}"}
    bar = Bar(**record)
    return bar.fill, bar.bbox()
