import string

from .context import base_context, footer

BODY = string.Template("Hello $name,\nwe received order $order at $site.\n")


def render(name, order):
    ctx = base_context()
    return BODY.substitute(ctx, name=name, order=order) + footer(ctx)
