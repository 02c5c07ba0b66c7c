"""Web pages: each scenario() call renders one fresh signup form for a new visitor."""
import itertools

from m133_forms_signup import SignupForm

_visits = itertools.count(1)


def scenario():
    n = next(_visits)
    form = SignupForm(f"signup-{n:06d}")
    html = form.render({"email": f"visitor{n}@example.org"})
    return len(html), form.missing({"email": "x"})
