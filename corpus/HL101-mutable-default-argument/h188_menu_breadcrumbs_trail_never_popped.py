"""Site navigation: breadcrumbs() walks a menu tree and returns the title
path of every page. The path so far is passed down the recursion in the
trail list (empty by default for the root call); each level appends its
title and recurses with the same list but never pops it again, so every
page title of every menu stays in the shared default list."""
import itertools

_ids = itertools.count()


def _label(node):
    return node["title"].strip().title()


def _join(trail):
    return " / ".join(trail)


def breadcrumbs(node, trail=[]):  # expect: HL101 confirmed
    trail.append(_label(node))
    paths = [_join(trail)]
    for child in node.get("children", ()):
        paths.extend(breadcrumbs(child, trail))
    return paths


def scenario():
    n = next(_ids)
    menu = {"title": f"shop {n}", "children": [
        {"title": f"category {n}-{i}", "children": [{"title": f"item {n}-{i}-{j}"} for j in range(2)]}
        for i in range(2)
    ]}
    return len(breadcrumbs(menu))
