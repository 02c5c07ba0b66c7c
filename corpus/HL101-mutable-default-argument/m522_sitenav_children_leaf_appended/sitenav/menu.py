def children(tree, node, leaf=[]):  # expect: HL101 confirmed
    """Child paths of `node`; pages without children share the leaf list."""
    return tree.get(node, leaf)


def render(tree, node):
    """One menu level: each child with the number of pages below it."""
    return ["%s (%d)" % (child, len(children(tree, child))) for child in children(tree, node)]
