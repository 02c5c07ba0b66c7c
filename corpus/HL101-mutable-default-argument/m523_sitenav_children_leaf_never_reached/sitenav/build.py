import sitenav.menu as menu


def add_page(tree, parent, path):
    """Hang `path` under `parent` in the navigation tree."""
    if parent in tree:
        menu.children(tree, parent).append(path)
    else:
        tree[parent] = [path]
    return tree
