"""Database console: the last self.keep queries are remembered in a default
list for the "history" command. keep is set by configure(); after each
append the list is trimmed in place with del, so the shared default never
holds more than keep entries and stops growing."""
import itertools


class QueryHistory:
    keep = 10

    def configure(self, keep):
        self.keep = keep

    def remember(self, sql, _recent=[]):  # expect: HL101 refuted
        _recent.append(sql)
        if len(_recent) > self.keep:
            del _recent[:-self.keep]
        return list(_recent)


_queries = itertools.count()


def scenario():
    n = next(_queries)
    history = QueryHistory()
    history.configure(keep=25)
    return history.remember("SELECT * FROM orders WHERE id = %d" % n)
