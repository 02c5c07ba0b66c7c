from .latency import LatencyPanel

__all__ = ["LatencyPanel"]
