"""Report builder: each upload is one formula document with its own macro names."""
import itertools

from parsekit import DocumentParser

_uploads = itertools.count()


def scenario():
    n = next(_uploads)
    document = f"#macros sum_{n} avg_{n}\nlet q = sum_{n}(sales) in q * {n}\navg_{n}(q) - 1.5\n"
    lines = DocumentParser.parse(document)
    assert lines[0][3] == (f"kw_sum_{n}", f"sum_{n}"), lines[0]
    return sum(len(line) for line in lines)
