"""tally: event counters; subclasses choose the counting key through the _key() hook."""
from .counters import StatusTally as ShopTally, RegionTally

__all__ = ["ShopTally", "RegionTally"]
