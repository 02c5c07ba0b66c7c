from dataclasses import dataclass

STATUSES = ("open", "in_progress", "closed")


@dataclass(frozen=True)
class Ticket:
    key: str
    title: str
    status: str


def make_ticket(project, raw):
    """Ticket from one raw JSON item; unknown statuses count as open."""
    status = raw.get("status", "open")
    if status not in STATUSES:
        status = "open"
    return Ticket(f"{project}-{raw['id']}", raw["title"].strip(), status)
