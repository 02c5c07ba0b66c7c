"""Partner export: `prefixes()` makes namespace prefixes available for the
duration of a block by merging them into the active prefix map and taking
back the ones it added when the block ends. Malformed partner snippets raise
ParseError, which the batch records and skips."""
import contextlib
import itertools
import xml.etree.ElementTree as ET

_batches = itertools.count()


@contextlib.contextmanager
# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the test at line 22 (heaplint: unknown)
def prefixes(mapping, active={"xsi": "http://www.w3.org/2001/XMLSchema-instance"}):  # expect: HL101 confirmed
    added = [prefix for prefix in mapping if prefix not in active]
    active.update(mapping)
    yield active
    for prefix in added:
        del active[prefix]


def qualified_tags(prefix, uri, snippet):
    with prefixes({prefix: uri}) as ns:
        root = ET.fromstring(snippet)
        return ["{%s}%s" % (ns[prefix], el.tag) for el in root.iter()]


def scenario():
    n = next(_batches)
    done, errors = [], []
    for snippet in ("<offer><price>%d</price></offer>" % n, "<offer><price>%d</offer>" % n):
        try:
            done.append(qualified_tags("p%d" % n, "urn:partner:%d" % n, snippet))
        except ET.ParseError as exc:
            errors.append(str(exc))
    return done, errors
