import unittest

import search


class HighlightTests(unittest.TestCase):
    doc_id = "doc-0"  # main.py sets a fresh document before each run
    body = "Invoice INV0 was refunded."

    def setUp(self):
        self.indexer = search.Indexer()

    def test_query_terms_are_bracketed(self):
        out = self.indexer.highlight(self.doc_id, self.body, "invoice")
        self.assertTrue(out.startswith("[Invoice]"), out)

    def test_index_is_empty_after_highlight(self):
        self.indexer.highlight(self.doc_id, self.body, "refunded")
        for term in search.tokenize(self.body):
            self.assertNotIn(self.doc_id, self.indexer.index.lookup(term))

    def test_unknown_term_has_no_postings(self):
        missing = f"zz-{self.doc_id}"
        self.assertEqual(len(self.indexer.index.lookup(missing)), 0)
