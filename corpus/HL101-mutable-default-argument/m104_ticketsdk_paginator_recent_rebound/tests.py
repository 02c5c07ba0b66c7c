import unittest

import tickets


class FakeBackend:
    """Serves `total` tickets of one project, `size` per page."""

    def __init__(self, total):
        self.total = total

    def page(self, project, cursor, size):
        start = 0 if cursor is None else int(cursor.rsplit("/", 1)[1])
        end = min(start + size, self.total)
        items = [{"id": i, "title": f" Ticket {i} ", "status": "new"}
                 for i in range(start, end)]
        nxt = f"{project}/{size}/{end}" if end < self.total else None
        return {"items": items, "next": nxt}


class ListTicketsTests(unittest.TestCase):
    project = "DEMO"

    def test_every_page_is_followed(self):
        got = tickets.TicketClient(FakeBackend(5)).list_tickets(self.project)
        keys = [f"{self.project}-{i}" for i in range(5)]
        self.assertEqual([t.key for t in got], keys)

    def test_titles_and_statuses_are_normalised(self):
        got = tickets.TicketClient(FakeBackend(3), page_size=1).list_tickets(self.project)
        self.assertEqual({t.status for t in got}, {"open"})
        self.assertEqual(got[-1].title, "Ticket 2")
