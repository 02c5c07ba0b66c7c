"""Spectrometer readout: each detected line is reported as frequency and photon energy."""
import itertools

import qunits as u

_lines = itertools.count(1)


def scenario():
    n = next(_lines)
    wavelength = u.Quantity(400 + n % 300 + n / 1e6, u.nm)
    freq = wavelength.to(u.THz)
    energy = wavelength.to(u.eV)
    return f"line {n}: {freq.value:.3f} THz, {energy.value:.4f} eV"
