"""unittest-style tests of the in-memory index; each test uses a fresh document id."""
import itertools
import unittest

from search import MemoryIndex

_ids = itertools.count()


class MemoryIndexTests(unittest.TestCase):
    def setUp(self):
        self.doc_id = f"doc-{next(_ids)}"
        self.index = MemoryIndex("test")

    def test_add_then_lookup(self):
        self.index.add_document(self.doc_id, f"Quarterly report {self.doc_id} draft")
        self.assertEqual(self.index.lookup(self.doc_id), [self.doc_id])

    def test_short_words_skipped(self):
        self.index.add_document(self.doc_id, f"a b minutes-{self.doc_id}")
        self.assertEqual(self.index.lookup("a"), [])
