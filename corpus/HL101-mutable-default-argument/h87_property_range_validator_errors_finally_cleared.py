"""Property framework: range validators reuse one scratch list, emptied in a finally after each check."""
import itertools


def check_range(name, value, lo, hi, errors=[]):  # expect: HL101 refuted
    try:
        if not isinstance(value, (int, float)):
            errors.append(f"{name}: expected a number, got {type(value).__name__}")
        elif not lo <= value <= hi:
            errors.append(f"{name}: {value!r} is outside [{lo}, {hi}]")
        return tuple(errors)
    finally:
        del errors[:]


def ranged(name, lo, hi):
    def fset(self, value):
        problems = check_range(name, value, lo, hi)
        if problems:
            raise ValueError(problems[-1])
        setattr(self, f"_{name}", value)

    return property(lambda self: getattr(self, f"_{name}", lo), fset, doc=f"{name} in [{lo}, {hi}]")


class Lamp:
    brightness, hue = ranged("brightness", 0, 100), ranged("hue", 0, 360)


_requests = itertools.count()


def scenario():
    n, lamp = next(_requests), Lamp()
    lamp.hue = n % 360
    try:
        lamp.brightness = 100 + n
    except ValueError as exc:
        return f"rejected: {exc} (hue {lamp.hue})"
