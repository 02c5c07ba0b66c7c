"""apiclient: request preparation on top of shared client defaults."""
from .request import prepare

__all__ = ["prepare"]
