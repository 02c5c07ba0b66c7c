"""Equivalencies between dimensions, and the set enabled for every conversion."""
C = 299792458.0
H = 6.62607015e-34

_enabled = []


def spectral():
    """Wavelength <-> frequency <-> photon energy, on SI values."""
    return [
        ("length", "frequency", lambda x: C / x, lambda x: C / x),
        ("frequency", "energy", lambda x: H * x, lambda x: x / H),
        ("length", "energy", lambda x: H * C / x, lambda x: H * C / x),
    ]


def add_enabled(equivalencies):
    _enabled.extend(equivalencies)
    return len(_enabled)


def enabled():
    return tuple(_enabled)
