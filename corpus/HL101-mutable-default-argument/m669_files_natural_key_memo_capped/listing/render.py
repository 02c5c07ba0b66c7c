from .sortkeys import natural_key


def render_listing(names):
    rows = sorted(names, key=natural_key)
    return "\n".join("%2d  %s" % (i, name) for i, name in enumerate(rows, 1))
