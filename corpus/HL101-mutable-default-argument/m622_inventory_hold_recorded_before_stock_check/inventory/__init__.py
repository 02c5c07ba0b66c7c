"""inventory: single reservations and bulk hold imports over one ledger helper."""
from .bulk import import_holds
from .stock import reserve

__all__ = ["reserve", "import_holds"]
