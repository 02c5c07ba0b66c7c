"""Unit registries: a context manager enables extra equivalencies for the conversions inside the block."""
import contextlib
import itertools

SCALE = {"um": ("m", 1e-6), "THz": ("Hz", 1e12), "K": ("K", 1.0)}
_observations = itertools.count()


class UnitRegistry:
    def __init__(self, equivalencies=[]):  # expect: HL101 confirmed
        self.equivalencies = equivalencies

    @contextlib.contextmanager
    def enabled(self, extra):
        self.equivalencies.extend(extra)
        yield self
        del self.equivalencies[-len(extra):]

    def convert(self, value, src, dst):
        (b_src, f_src), (b_dst, f_dst) = SCALE[src], SCALE[dst]
        for a, b, fn in [(b_dst, b_dst, lambda v: v), *reversed(self.equivalencies)]:
            if (a, b) == (b_src, b_dst):
                return fn(value * f_src) / f_dst
        raise ValueError(f"cannot convert {src} to {dst}")


def spectral(n_medium):
    return [("m", "Hz", lambda lam: 299792458.0 / (lam * n_medium)),
            ("Hz", "m", lambda f: 299792458.0 / (f * n_medium))]


def scenario():
    n, reg = next(_observations), UnitRegistry()
    try:
        with reg.enabled(spectral(1.0 + n % 9 * 1e-4)):
            return reg.convert(n % 40 + 1, "THz" if n % 3 else "K", "um")
    except ValueError as exc:
        return f"observation {n} skipped: {exc}"
