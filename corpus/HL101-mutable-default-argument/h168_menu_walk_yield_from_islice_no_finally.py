"""Site navigation: `walk()` yields (breadcrumb, title) for every page of a
nested menu, recursing with `yield from` and keeping the current trail in
a list default that is pushed on entry and popped after the children. The
header renders only the first three entries via itertools.islice, so the
walk is abandoned mid-descent; closing the generators skips the pops and
the three titles stay on the shared trail."""
import itertools

_sites = itertools.count()


def walk(node, trail=[]):  # expect: HL101 confirmed
    trail.append(node["title"])
    yield " > ".join(trail[-3:]), node["title"]
    for child in node.get("children", ()):
        yield from walk(child, trail)
    trail.pop()


def header_links(menu, limit=3):
    return [crumb for crumb, _ in itertools.islice(walk(menu), limit)]


def scenario():
    n = next(_sites)
    menu = {"title": "home-%d" % n, "children": [
        {"title": "shop-%d" % n, "children": [{"title": "sale-%d" % n}, {"title": "new-%d" % n}]},
        {"title": "blog-%d" % n}]}
    return header_links(menu)
