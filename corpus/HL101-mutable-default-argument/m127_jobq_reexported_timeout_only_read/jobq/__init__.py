"""jobq: a tiny in-process job queue; its markers live in jobq.markers and are re-exported here."""
from .markers import DEFAULT_TIMEOUT, MISSING, NOT_SET
from .jobs import submit

__all__ = ["DEFAULT_TIMEOUT", "MISSING", "NOT_SET", "submit"]
