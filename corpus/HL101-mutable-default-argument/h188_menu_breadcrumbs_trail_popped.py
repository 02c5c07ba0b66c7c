"""Site navigation: breadcrumbs() walks a menu tree and returns the title
path of every page. The path so far is passed down the recursion in the
trail list (empty by default for the root call); each level appends its
title, recurses with the same list and pops its title on the way out, so the
shared list is empty again whenever the root call returns."""
import itertools

_ids = itertools.count()


def _label(node):
    return node["title"].strip().title()


def _join(trail):
    return " / ".join(trail)


def breadcrumbs(node, trail=[]):  # expect: HL101 refuted
    trail.append(_label(node))
    paths = [_join(trail)]
    for child in node.get("children", ()):
        paths.extend(breadcrumbs(child, trail))
    trail.pop()
    return paths


def scenario():
    n = next(_ids)
    menu = {"title": f"shop {n}", "children": [
        {"title": f"category {n}-{i}", "children": [{"title": f"item {n}-{i}-{j}"} for j in range(2)]}
        for i in range(2)
    ]}
    return len(breadcrumbs(menu))
