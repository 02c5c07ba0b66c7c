import sitenav.menu as menu


def add_page(tree, parent, path):
    """Hang `path` under `parent` in the navigation tree."""
    menu.children(tree, parent).append(path)
    return tree
