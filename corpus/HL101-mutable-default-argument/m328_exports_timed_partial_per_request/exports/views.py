"""Export views: the renderer is bound to the request's separator and timed."""
import functools

from metrics import timed

from .render import render_rows


def export(request):
    render = timed(functools.partial(render_rows, sep=request["sep"]))
    body = render(request["rows"])
    return 200, {"Content-Length": str(len(body))}, body
