"""Bank audit trail: records are buffered in memory and handed in batches to the audit sink when the buffer is full."""
import itertools
import logging
import logging.handlers


class AuditBuffer(logging.handlers.MemoryHandler):
    def __init__(self, capacity, target=None, buffer=[]):  # expect: HL101 confirmed
        super().__init__(capacity, flushLevel=logging.CRITICAL, target=target)
        self.buffer = buffer


class AuditSink(logging.Handler):
    def __init__(self):
        super().__init__()
        self.batches = 0

    def handle(self, record):
        self.batches += 1
        return True


sink = AuditSink()
audit = logging.getLogger("bank.audit")
audit.propagate = False
audit.setLevel(logging.INFO)
audit.addHandler(AuditBuffer(50))  # the sink is attached with setTarget() at deploy time


def transfer(source, dest, cents):
    audit.info("transfer %s -> %s: %d cents", source, dest, cents)
    return cents


_transfers = itertools.count()


def scenario():
    n = next(_transfers)
    return transfer(f"acct-{n}", f"acct-{n + 1}", 500 + n)
