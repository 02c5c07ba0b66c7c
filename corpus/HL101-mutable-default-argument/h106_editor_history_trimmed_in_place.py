"""Text editor: a buffer records every applied edit in a history list that
the status bar reads for "recent changes". The history defaults to a shared
list, but after each edit it is trimmed in place with `del` to the class's
HISTORY_LIMIT, so it never holds more than the last few edits."""
import itertools

_docs = itertools.count()


class Buffer:
    HISTORY_LIMIT = 16

    def __init__(self, name, text="", history=[]):  # expect: HL101 refuted
        self.name = name
        self.text = text
        self.history = history

    def apply(self, offset, insert, delete=0):
        before = self.text[offset:offset + delete]
        self.text = self.text[:offset] + insert + self.text[offset + delete:]
        self.history.append((self.name, offset, before, insert))
        del self.history[:-self.HISTORY_LIMIT]

    def recent(self, count=3):
        return ["%s@%d: %r -> %r" % entry for entry in self.history[-count:]]


def scenario():
    n = next(_docs)
    buf = Buffer(f"notes-{n}.txt", f"draft {n}\n")
    buf.apply(0, "# ")
    buf.apply(len(buf.text), f"line {n}\n")
    buf.apply(2, "Final ", delete=5)
    return buf.recent()
