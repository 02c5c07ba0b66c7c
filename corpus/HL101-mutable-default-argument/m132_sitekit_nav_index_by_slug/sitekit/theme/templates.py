"""wrap(): the article template."""

TEMPLATE = "<article><h1>{title}</h1></article>"


def wrap(title):
    return TEMPLATE.format(title=title)
