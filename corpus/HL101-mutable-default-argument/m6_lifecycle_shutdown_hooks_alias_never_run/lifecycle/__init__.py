from .hooks import at_shutdown as on_shutdown
from .hooks import pending as pending_hooks
from .hooks import run_hooks as shutdown_now

__all__ = ["on_shutdown", "pending_hooks", "shutdown_now"]
