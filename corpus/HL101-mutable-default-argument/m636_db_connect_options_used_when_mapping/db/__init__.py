"""db: connections and migrations sharing one DSN query parser."""
from .migrate import plan_migration
from .pool import connect

__all__ = ["connect", "plan_migration"]
