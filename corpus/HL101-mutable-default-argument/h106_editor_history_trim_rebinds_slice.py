"""Text editor: a buffer records every applied edit in a history list that
the status bar reads for "recent changes". The history defaults to a shared
list; once it is over HISTORY_LIMIT the buffer replaces its attribute with
the last entries. That trims the buffer's view only: each new buffer starts
on the shared default again and appends its first edit to it before the
rebind, so the default gains one edit per buffer."""
import itertools

_docs = itertools.count()


class Buffer:
    HISTORY_LIMIT = 16

    def __init__(self, name, text="", history=[]):  # expect: HL101 confirmed
        self.name = name
        self.text = text
        self.history = history

    def apply(self, offset, insert, delete=0):
        before = self.text[offset:offset + delete]
        self.text = self.text[:offset] + insert + self.text[offset + delete:]
        self.history.append((self.name, offset, before, insert))
        if len(self.history) > self.HISTORY_LIMIT:
            self.history = self.history[-self.HISTORY_LIMIT:]

    def recent(self, count=3):
        return ["%s@%d: %r -> %r" % entry for entry in self.history[-count:]]


def scenario():
    n = next(_docs)
    buf = Buffer(f"notes-{n}.txt", f"draft {n}\n")
    buf.apply(0, "# ")
    buf.apply(len(buf.text), f"line {n}\n")
    buf.apply(2, "Final ", delete=5)
    return buf.recent()
