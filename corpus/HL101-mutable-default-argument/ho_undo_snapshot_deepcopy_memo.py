"""Editor undo stack: snapshots the document state with copy.deepcopy."""
import copy
import itertools


def snapshot(state, memo={}):  # expect: HL101 confirmed
    # deepcopy records every object it copies in the memo it is given; heaplint models that.
    # (Labelled unknown at first; relabelled from the oracle's measurement: +6 objects per call.)
    return copy.deepcopy(state, memo)


class Document:
    def __init__(self):
        self.undo = []

    def edit(self, state):
        self.undo = self.undo[-9:] + [snapshot(state)]


_edits = itertools.count()


def scenario():
    n = next(_edits)
    Document().edit({"title": f"draft {n}", "paragraphs": [f"para {n}", [n]]})
