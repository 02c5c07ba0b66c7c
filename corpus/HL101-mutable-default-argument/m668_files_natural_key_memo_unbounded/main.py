"""File browser: list one freshly uploaded folder per call."""
import itertools

from listing import render_listing

_uploads = itertools.count()


def scenario():
    n = next(_uploads)
    names = ["scan-%d-page%d.pdf" % (n, p) for p in (10, 2, 1)] + ["notes-%d.txt" % n]
    return render_listing(names)
