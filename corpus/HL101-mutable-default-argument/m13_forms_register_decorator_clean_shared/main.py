import itertools

from forms import get_form

_ids = itertools.count()


def scenario():
    n = next(_ids)
    form = get_form("SignupForm")()
    problems = form.clean({"email": f"user{n}@example.org", "password": "x" * (n % 12)})
    return len(problems)
