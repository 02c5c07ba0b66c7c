"""Docs inheritance diagrams: walks __bases__ depth-first, one edge per base, visiting each class once per diagram."""
import itertools


def inheritance_edges(cls, depth=0, seen=set()):  # expect: HL101 refuted
    edges = []
    try:
        if cls in seen or cls is object:
            return edges
        seen.add(cls)
        for base in cls.__bases__:
            edges.append(f"{base.__qualname__} <|-- {cls.__qualname__}")
            edges.extend(inheritance_edges(base, depth + 1))
        return edges
    finally:
        if depth == 0:
            seen.clear()


class BaseView:
    pass


class ExportMixin(BaseView):
    pass


def make_view(n):
    return type(f"ReportView{n}", (ExportMixin, BaseView), {"template": f"reports/{n}.html"})


_views = itertools.count()


def scenario():
    view = make_view(next(_views))
    return "\n".join(["classDiagram", *inheritance_edges(view)])
