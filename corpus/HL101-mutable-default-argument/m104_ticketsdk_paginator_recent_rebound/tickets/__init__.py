"""tickets: client for an issue tracker's REST API."""
from .client import TicketClient
from .models import Ticket, make_ticket
from .paginator import CursorLoop

__all__ = ["TicketClient", "Ticket", "make_ticket", "CursorLoop"]
