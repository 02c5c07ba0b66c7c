"""Listing API: query strings are parsed into a UserDict-based multi-dict seeded from default parameters."""
import collections
import copy
import itertools
import urllib.parse


class MultiDict(collections.UserDict):
    def add(self, key, value):
        self.data.setdefault(key, []).append(value)

    def getone(self, key, default=None):
        values = self.data.get(key)
        return values[-1] if values else default


# heaplint-todo: a UserDict subclass given to its constructor: library code heaplint does not follow
def parse_query(query, defaults=MultiDict({"page": ["1"], "per_page": ["20"]})):  # expect: HL101 refuted
    params = copy.deepcopy(defaults)
    for key, value in urllib.parse.parse_qsl(query, keep_blank_values=True):
        params.add(key, value)
    return params


def list_items(query):
    params = parse_query(query)
    page = int(params.getone("page"))
    per_page = min(int(params.getone("per_page")), 100)
    return params.getone("q", ""), (page - 1) * per_page, per_page


_requests = itertools.count()


def scenario():
    n = next(_requests)
    return list_items(f"q=widget+{n}&page={n + 10}&sort=-created")
