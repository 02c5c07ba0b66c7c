"""Page layout: the frames of a document's page template follow from its page size and column count, and are cached."""
import itertools
from collections import namedtuple

Frame = namedtuple("Frame", "x y width height")
PAGE_SIZES = {"A4": (595, 842), "LETTER": (612, 792)}
MARGIN = 36
GUTTER = 12


class Document:
    def __init__(self, title, pagesize="A4", columns=1):
        self.title = title
        self.pagesize = pagesize
        self.columns = columns


def page_frames(doc, _templates={}):  # expect: HL101 refuted
    key = (doc.pagesize, doc.columns)
    if key not in _templates:
        width, height = PAGE_SIZES[doc.pagesize]
        usable = width - 2 * MARGIN - GUTTER * (doc.columns - 1)
        column = usable / doc.columns
        _templates[key] = [
            Frame(MARGIN + i * (column + GUTTER), MARGIN, column, height - 2 * MARGIN)
            for i in range(doc.columns)
        ]
    return _templates[key]


_issues = itertools.count()


def scenario():
    n = next(_issues)
    doc = Document(f"Newsletter #{n}", pagesize=("A4", "LETTER")[n % 2], columns=n % 3 + 1)
    return [round(frame.width, 1) for frame in page_frames(doc)]
