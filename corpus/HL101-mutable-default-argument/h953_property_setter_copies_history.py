"""Editor buffers: a base buffer exposes its undo history through a
property whose setter stores a copy of the list; the default history list
from __init__ is only copied, so edits append to each buffer's own list."""
import itertools

_ids = itertools.count()


class Buffer:
    def __init__(self, text, history=[]):  # expect: HL101 refuted
        self.text = text
        self.history = history

    @property
    def history(self):
        return self._history

    @history.setter
    def history(self, value):
        self._history = list(value)


class TextBuffer(Buffer):
    def insert(self, pos, chunk):
        self.history.append((pos, chunk))
        self.text = self.text[:pos] + chunk + self.text[pos:]


def scenario():
    n = next(_ids)
    buf = TextBuffer(f"draft {n}")
    buf.insert(0, f"note-{n}: ")
    return len(buf.text)
