"""Database console: the last self.keep queries are meant to be remembered
in a default list for the "history" command. keep is set by configure();
the trim slices and rebinds the local name, which leaves the shared default
list untouched, so every query ever run stays in it."""
import itertools


class QueryHistory:
    keep = 10

    def configure(self, keep):
        self.keep = keep

    def remember(self, sql, _recent=[]):  # expect: HL101 confirmed
        _recent.append(sql)
        if len(_recent) > self.keep:
            _recent = _recent[-self.keep:]
        return list(_recent)


_queries = itertools.count()


def scenario():
    n = next(_queries)
    history = QueryHistory()
    history.configure(keep=25)
    return history.remember("SELECT * FROM orders WHERE id = %d" % n)
