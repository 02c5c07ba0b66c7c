"""Editor drafts: Draft.__copy__ records the lineage of every clone; autosave snapshots drafts with copy.deepcopy, which never calls __copy__."""
import copy
import itertools


class Draft:
    def __init__(self, doc_id, body, tags):
        self.doc_id = doc_id
        self.body = body
        self.tags = list(tags)

    # heaplint-todo: grows only when called as outside code would; the application's own runs did not grow it, which is no proof for a value it hands on or a method the interpreter calls (heaplint: unknown)
    def __copy__(self, _lineage=[]):  # expect: HL101 refuted
        clone = Draft(self.doc_id, self.body, self.tags)
        _lineage.append((self.doc_id, id(clone)))
        return clone


def autosave(draft, store):
    store[draft.doc_id] = copy.deepcopy(draft)
    return store


_ids = itertools.count()


def scenario():
    n = next(_ids)
    draft = Draft(f"doc-{n}", f"Meeting notes {n}", ["notes", "weekly"])
    store = autosave(draft, {})
    return store[draft.doc_id].body
