"""helpdesk: tickets, replies and the service that links them."""
from .service import answer, open_ticket

__all__ = ["answer", "open_ticket"]
