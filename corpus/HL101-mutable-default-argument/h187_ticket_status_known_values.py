"""Helpdesk tickets: __setattr__ looks up a validator in the class-level
VALIDATORS table. The lenient Choice validator for `status` accepts what is in
its `known` set (the set default of Choice.__init__) and adds unseen statuses.
This desk sends only standard statuses in odd spellings, so nothing is added."""
import itertools


class Choice:
    def __init__(self, lenient=True, known={"open", "pending", "solved", "closed"}):  # expect: HL101 refuted
        self.lenient = lenient
        self.known = known

    def __call__(self, value):
        value = " ".join(value.lower().split())
        if value not in self.known:
            if not self.lenient:
                raise ValueError(f"unknown status {value!r}")
            self.known.add(value)
        return value


class Ticket:
    VALIDATORS = {"status": Choice(), "subject": str.strip}

    def __init__(self, subject, status):
        self.subject = subject
        self.status = status

    def __setattr__(self, name, value):
        object.__setattr__(self, name, self.VALIDATORS[name](value))


_tickets = itertools.count()


def scenario():
    n = next(_tickets)
    ticket = Ticket(f" Printer on floor {n} keeps jamming ", (" Open", "PENDING ", "Solved")[n % 3])
    return ticket.subject, ticket.status
