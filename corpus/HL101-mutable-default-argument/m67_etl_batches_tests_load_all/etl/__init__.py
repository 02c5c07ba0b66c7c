"""etl: batch rows from a source and hand them to a sink."""
from .load import load, sniff
