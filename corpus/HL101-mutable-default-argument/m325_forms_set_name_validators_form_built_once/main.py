"""Sign-up endpoint: validates each posted form and reports the field errors."""
import itertools

from accounts.signup import handle_signup

_posts = itertools.count()


def scenario():
    n = next(_posts)
    data = {"email": f"user{n}@example.org", "password": "" if n % 4 == 0 else "hunter2!"}
    return handle_signup(data)
