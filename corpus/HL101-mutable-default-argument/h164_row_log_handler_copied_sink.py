"""Contact import: each run attaches a fresh ListHandler to the import logger
and returns the formatted warnings it caught. The handler copies its `sink`
parameter (a list default, meant for seeding) into a new list, so each
handler's warnings live and die with that handler."""
import itertools
import logging

_runs = itertools.count()
log = logging.getLogger("h164.contacts.import")


class ListHandler(logging.Handler):
    def __init__(self, level=logging.WARNING, sink=[]):  # expect: HL101 refuted
        super().__init__(level)
        self.sink = list(sink)

    def emit(self, record):
        self.sink.append(self.format(record))


def import_contacts(rows):
    handler = ListHandler()
    log.addHandler(handler)
    try:
        for i, row in enumerate(rows):
            if "@" not in row.get("email", ""):
                log.warning("row %d (%s): missing or invalid email", i, row["name"])
    finally:
        log.removeHandler(handler)
    return len(handler.sink)


def scenario():
    n = next(_runs)
    return import_contacts([{"name": f"Ada {n}", "email": f"ada{n}@example.org"},
                            {"name": f"Bob {n}", "email": f"bob{n}.example.org"}])
