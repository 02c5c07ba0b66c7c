import itertools
import unittest

from confread import ContinuedLineReader, LineReader

_files = itertools.count()


class ReaderTests(unittest.TestCase):
    def setUp(self):
        n = next(_files)
        self.host = f"db{n}.internal"
        self.text = (f"# generated for deploy {n}\nhosts = {self.host} \\\n"
                     f"    cache{n}.internal\nport = {5000 + n}\nopts = -v \\\n")

    def test_joins_continued_lines(self):
        lines = list(ContinuedLineReader(self.text).logical())
        self.assertEqual(len(lines), 3)
        self.assertIn(self.host, lines[0])

    def test_unfinished_line_kept_at_eof(self):
        lines = list(ContinuedLineReader(self.text).logical())
        self.assertEqual(lines[-1], "opts = -v")

    def test_plain_reader_skips_comments(self):
        lines = list(LineReader(self.text).logical())
        self.assertEqual(len(lines), 4)
