"""Admin UI: walks a nested menu with a recursive generator, pushing and popping a default breadcrumb path."""
import itertools


def walk(node, path=[]):  # expect: HL101 refuted
    path.append(node["label"])
    yield " > ".join(path)
    for child in node.get("children", ()):
        yield from walk(child, path)
    path.pop()


def build_menu(n, depth):
    node = {"label": f"leaf-{n}"}
    for level in range(depth):
        node = {"label": f"section-{n}-{level}", "children": [node, {"label": f"about-{level}"}]}
    return node


_menus = itertools.count()


def scenario():
    n = next(_menus)
    list(walk(build_menu(n, 1 + n % 4)))
