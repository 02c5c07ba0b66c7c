from .gauges import PressureReading

__all__ = ["PressureReading"]
