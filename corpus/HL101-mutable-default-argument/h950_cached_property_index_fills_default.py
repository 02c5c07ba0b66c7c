"""Result sets: a page of rows builds its by-id index lazily with
functools.cached_property, filling the index dict handed to __init__ by
default, so every page's row ids pile up in the one shared default dict."""
import functools
import itertools

_ids = itertools.count()


class ResultPage:
    def __init__(self, rows, index={}):  # expect: HL101 confirmed
        self.rows = rows
        self._index = index

    @functools.cached_property
    def by_id(self):
        for row in self.rows:
            self._index[row["id"]] = row["name"]
        return self._index


class CustomerPage(ResultPage):
    def name_of(self, row_id):
        return self.by_id.get(row_id, "?")


def scenario():
    n = next(_ids)
    page = CustomerPage([{"id": f"c{n}-{i}", "name": f"Customer {n}/{i}"} for i in range(2)])
    return page.name_of(f"c{n}-0")
