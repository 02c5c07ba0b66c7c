"""Metrics outbox: sched.scheduler calls flush() with no arguments; flush only counts what is pending."""
import itertools
import sched
import time


class Outbox:
    def __init__(self, batch):
        self.batch = batch

    def flush(self, pending=[]):  # expect: HL101 refuted
        sent = len(pending) + len(self.batch)
        return sent


def ship(batch):
    s = sched.scheduler(time.monotonic, lambda _delay: None)
    s.enter(0, 1, Outbox(batch).flush)
    s.run()


_batches = itertools.count()


def scenario():
    n = next(_batches)
    ship([f"cpu.{n}=0.5", f"mem.{n}=1024"])
