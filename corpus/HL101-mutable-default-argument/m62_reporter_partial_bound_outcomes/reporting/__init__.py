"""Result collection for the nightly dashboard."""
from .result import CollectingResult as Result
