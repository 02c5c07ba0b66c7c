"""Template engine: a scratch buffer default is cleared at the start of each render, so it holds one render at most."""
import itertools


def render(title, items, _buf=[]):  # expect: HL101 refuted
    _buf.clear()
    _buf.append(f"<h1>{title}</h1>")
    for item in items:
        _buf.append(f"<li>{item}</li>")
    return "".join(_buf)


def page(n):
    return render(f"Order {n}", [f"line {n}-{i}" for i in range(3)])


_pages = itertools.count()


def scenario():
    page(next(_pages))
