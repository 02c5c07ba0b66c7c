"""accesslog: parse web-server access logs and summarise them per request batch."""
from .aggregator import Aggregator
from .records import Hit

__all__ = ["Aggregator", "Hit"]
