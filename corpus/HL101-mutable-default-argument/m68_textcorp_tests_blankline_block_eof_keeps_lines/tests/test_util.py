import io
import itertools
import unittest

import textcorp

_docs = itertools.count()


class BlockReaderTests(unittest.TestCase):
    def setUp(self):
        n = next(_docs)
        self.title = f"Abstract {n}"
        self.text = f"{self.title}\nWe annotate corpus c{n} by hand.\nAgreement is {n % 90}%.\n"

    def test_line_block_splits_lines(self):
        lines = textcorp.read_line_block(io.StringIO(self.text), size=2)
        self.assertEqual(lines[0], self.title)
        self.assertEqual(len(lines), 2)

    def test_blankline_block_reads_abstract(self):
        block = textcorp.read_blankline_block(io.StringIO(self.text))
        self.assertEqual(len(block), 1)
        self.assertIn(self.title, block[0])
