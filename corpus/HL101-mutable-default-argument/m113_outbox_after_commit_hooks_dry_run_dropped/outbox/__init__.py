"""outbox: hooks that run after a transaction commits, and their journal."""
from . import hooks
from .hooks import after_commit
