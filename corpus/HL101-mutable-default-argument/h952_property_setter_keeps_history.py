"""Editor buffers: a base buffer exposes its undo history through a
property whose setter stores the list as given; the default history list
from __init__ becomes every buffer's history, and each edit appends to it."""
import itertools

_ids = itertools.count()


class Buffer:
    def __init__(self, text, history=[]):  # expect: HL101 confirmed
        self.text = text
        self.history = history

    @property
    def history(self):
        return self._history

    @history.setter
    def history(self, value):
        self._history = value


class TextBuffer(Buffer):
    def insert(self, pos, chunk):
        self.history.append((pos, chunk))
        self.text = self.text[:pos] + chunk + self.text[pos:]


def scenario():
    n = next(_ids)
    buf = TextBuffer(f"draft {n}")
    buf.insert(0, f"note-{n}: ")
    return len(buf.text)
