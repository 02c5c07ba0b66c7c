"""logconf: small logging configuration layer for multi-tenant services."""
from . import filters
from .config import configure_logger
