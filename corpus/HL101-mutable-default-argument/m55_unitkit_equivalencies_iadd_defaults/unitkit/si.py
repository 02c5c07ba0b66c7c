"""Named SI units and the few derived ones the detector software needs."""
from .core import Unit

m = Unit("m", 1.0, "length")
km = Unit("km", 1.0e3, "length")
s = Unit("s", 1.0, "time")
kg = Unit("kg", 1.0, "mass")
Hz = Unit("Hz", 1.0, "frequency")
J = Unit("J", 1.0, "energy")
MeV = Unit("MeV", 1.602176634e-13, "energy")
