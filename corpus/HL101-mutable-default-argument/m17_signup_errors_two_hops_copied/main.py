"""Signup endpoint: each request validates one submitted registration form."""
import itertools

from validation import validate

_signups = itertools.count()


def scenario():
    n = next(_signups)
    form = {"username": f"new_user{n}", "email": f"user{n}.example.test", "phone": f"+44 20 {n:07d}"}
    problems = validate(form)
    return {"ok": not problems, "problems": len(problems)}
