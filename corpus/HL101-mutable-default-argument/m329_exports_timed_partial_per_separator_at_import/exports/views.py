"""Export views: one timed renderer per supported separator, built at import."""
import functools

from metrics import timed

from .render import render_rows

RENDERERS = {sep: timed(functools.partial(render_rows, sep=sep)) for sep in (",", ";", "\t")}


def export(request):
    render = RENDERERS[request["sep"]]
    body = render(request["rows"])
    return 200, {"Content-Length": str(len(body))}, body
