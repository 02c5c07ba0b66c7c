"""Router: path segments are interned so route tables compare small shared strings."""
import itertools


class Segment(str):
    __slots__ = ()

    # heaplint-todo: the class derives from str: what str.__new__ keeps is code heaplint cannot see (unknown, not refuted)
    def __new__(cls, text, _table={}):  # expect: HL101 refuted
        if text.isdigit():
            return super().__new__(cls, text)
        segment = _table.get(text)
        if segment is None:
            segment = _table[text] = super().__new__(cls, text)
        return segment


def iter_segments(url):
    path = url.partition("://")[2].partition("/")[2].partition("?")[0]
    for part in path.split("/"):
        if part:
            yield Segment(part)


ROUTES = {
    ("api", "v1", "users", int): "user_detail",
    ("api", "v1", "users", int, "orders", int): "user_order",
}


def resolve(url):
    segments = list(iter_segments(url))
    shape = tuple(int if s.isdigit() else s for s in segments)
    params = [int(s) for s in segments if s.isdigit()]
    return ROUTES.get(shape, "not_found"), params


_hits = itertools.count()


def scenario():
    n = next(_hits)
    return resolve(f"https://shop.example.com/api/v1/users/{n}/orders/{n * 7 + 3}?expand=items")
