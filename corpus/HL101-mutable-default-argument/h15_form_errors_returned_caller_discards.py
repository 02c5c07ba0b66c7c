"""Form validation: validate() returns its default errors list; the view only checks whether it is empty."""
import itertools


def validate(form, errors=[]):  # expect: HL101 confirmed
    if "@" not in form.get("email", ""):
        errors.append(f"invalid email: {form.get('email')!r}")
    if len(form.get("password", "")) < 8:
        errors.append("password too short")
    return errors


_posts = itertools.count()


def scenario():
    n = next(_posts)
    ok = not validate({"email": f"user{n}.example.com", "password": "x" * (n % 12)})
    return 200 if ok else 422
