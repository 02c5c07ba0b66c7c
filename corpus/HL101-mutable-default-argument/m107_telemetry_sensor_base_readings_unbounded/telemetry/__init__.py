"""telemetry: sensor classes on one Sensor base."""
from .devices import Hygrometer, Thermometer

__all__ = ["Hygrometer", "Thermometer"]
