"""Detector readout: each hit is reported as deposited energy and drift distance."""
import itertools

import unitkit as uk

_hits = itertools.count(1)


def scenario():
    n = next(_hits)
    deposit = uk.Quantity(n * 1.0e-32, uk.kg)
    energy = deposit.to(uk.MeV)
    drift_m = uk.km.to(uk.m, 0.25 + n / 10000)
    return f"hit {n}: {energy.value:.3f} MeV after {drift_m:.1f} m"
