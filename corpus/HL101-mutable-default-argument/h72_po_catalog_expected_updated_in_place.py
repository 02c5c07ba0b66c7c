"""Tests for a minimal .po catalog parser; expected catalogs extend a shared header."""
import io
import itertools
import re
import unittest

_ids = itertools.count()
_ENTRY = re.compile(r'msgid "(.*)"\nmsgstr "(.*)"')
HEADER = "Content-Type: text/plain; charset=UTF-8"


def parse_po(text):
    return {msgid: msgstr for msgid, msgstr in _ENTRY.findall(text)}


class CatalogTests(unittest.TestCase):
    def expected_catalog(self, messages, catalog={"": HEADER}):  # expect: HL101 confirmed
        catalog.update(messages)
        return catalog

    def test_parse_entries(self):
        n = next(_ids)
        text = (f'msgid ""\nmsgstr "{HEADER}"\n\n'
                f'msgid "Hello {n}"\nmsgstr "Hallo {n}"\n\n'
                f'msgid "{n} files"\nmsgstr "{n} Dateien"\n')
        got = parse_po(text)
        want = self.expected_catalog({f"Hello {n}": f"Hallo {n}", f"{n} files": f"{n} Dateien"})
        for msgid, msgstr in got.items():
            self.assertEqual(msgstr, want[msgid], msgid)


def scenario():
    suite = unittest.TestSuite([CatalogTests("test_parse_entries")])
    result = unittest.TextTestRunner(stream=io.StringIO(), verbosity=0).run(suite)
    assert result.wasSuccessful(), result.failures
