from .models import make_ticket
from .paginator import iter_pages


class TicketClient:
    """List endpoints of the tracker; `backend` does the HTTP part."""

    def __init__(self, backend, page_size=2):
        self.backend = backend
        self.page_size = page_size

    def list_tickets(self, project):
        def fetch(cursor):
            return self.backend.page(project, cursor, self.page_size)

        found = []
        for items in iter_pages(fetch):
            found.extend(make_ticket(project, raw) for raw in items)
        return found
