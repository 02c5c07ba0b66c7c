import itertools

from accounts.forms import validate_signup

_submissions = itertools.count()


def scenario():
    n = next(_submissions)
    form = {"email": f"user{n}@example.com", "password": "s3cret-" * (1 + n % 2)}
    if n % 4 == 0:
        form["display_name"] = f"User {n}"
    return validate_signup(form)
