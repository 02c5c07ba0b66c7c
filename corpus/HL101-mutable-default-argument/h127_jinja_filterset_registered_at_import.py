"""Jinja-like filters: a FilterSet keeps its filters in the dict passed to
its constructor, the built-ins by default, and `register` adds to it as a
decorator. Filters are only registered at import; rendering just reads them."""
import itertools

_ids = itertools.count()


class FilterSet:
    def __init__(self, builtins={}):  # expect: HL101 refuted
        self.filters = builtins

    def register(self, name):
        def decorator(func):
            self.filters[name] = func
            return func
        return decorator

    def apply(self, value, pipeline):
        for name, *args in pipeline:
            value = self.filters[name](value, *args)
        return value


filters = FilterSet()


@filters.register("truncate")
def truncate(text, length=20, end="..."):
    return text if len(text) <= length else text[: length - len(end)].rstrip() + end


@filters.register("title")
def title(text):
    return " ".join(word[:1].upper() + word[1:] for word in text.split())


def scenario():
    n = next(_ids)
    return filters.apply(f"quarterly report for the northern region no. {n}", [("title",), ("truncate", 24)])
