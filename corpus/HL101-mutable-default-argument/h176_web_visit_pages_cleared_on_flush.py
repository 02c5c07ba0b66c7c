"""Page-view tracking for a web shop: each request makes a `Visit` whose
`pages` list starts as the default, records the pages it rendered, and
`flush()` returns a summary for the analytics sink and then empties the
list in place with `self.pages.clear()`. The default is mutated, but it is
emptied at the end of every request, so it never holds more than one
request's pages."""
import itertools

_requests = itertools.count()


class Visit:
    def __init__(self, session_id, pages=[]):  # expect: HL101 refuted
        self.session_id = session_id
        self.pages = pages

    def view(self, path):
        self.pages.append(path)

    def flush(self):
        summary = (self.session_id, self.pages[-1])
        self.pages.clear()
        return summary


def scenario():
    n = next(_requests)
    visit = Visit("s-%d" % (n % 50))
    visit.view("/products/%d" % n)
    visit.view("/cart/%d" % n)
    return visit.flush()
