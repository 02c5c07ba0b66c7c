"""Helpdesk triage: tickets are filed by a Severity enum whose members carry their accepted aliases."""
import enum
import itertools


class Severity(enum.Enum):
    CRITICAL = ["critical", "p0", "sev1", "blocker"]
    HIGH = ["high", "p1", "sev2", "major"]
    NORMAL = ["normal", "p2", "sev3"]
    LOW = ["low", "p3", "minor", "trivial"]

    @classmethod
    def _missing_(cls, value):
        label = str(value).strip().lower()
        for member in cls:
            if label in member.value:
                return member
        return cls.NORMAL


def triage(ticket, queues={s: [] for s in Severity}):  # expect: HL101 confirmed
    severity = Severity(ticket.get("severity", "normal"))
    queues[severity].append(ticket)
    return severity.name, len(queues[severity])


LABELS = ("P0", "major", "sev3", "Trivial", "blocker", "p1", "normal", "low")
_tickets = itertools.count()


def scenario():
    n = next(_tickets)
    ticket = {"id": n, "title": f"Checkout fails for order {n}", "severity": LABELS[n % len(LABELS)]}
    return triage(ticket)
