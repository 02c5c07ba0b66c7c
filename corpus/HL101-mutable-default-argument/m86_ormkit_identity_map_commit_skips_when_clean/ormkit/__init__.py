"""ormkit: sessions with an identity map and units of work."""
from .session import Session, unit_of_work
from .tracking import identity_mapped

__all__ = ["Session", "identity_mapped", "unit_of_work"]
