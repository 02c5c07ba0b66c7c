"""Form renderer: every request renders an input tag with its own value and flags."""
import itertools

from tags import render_tag

_requests = itertools.count()


def scenario():
    n = next(_requests)
    return render_tag("input", {"name": f"q{n}", "value": f"<{n}>", "disabled": n % 2 == 0})
