"""Form validation: validate() returns its default errors list; the view copies the messages and clears the list."""
import itertools


def validate(form, errors=[]):  # expect: HL101 refuted
    if "@" not in form.get("email", ""):
        errors.append(f"invalid email: {form.get('email')!r}")
    if len(form.get("password", "")) < 8:
        errors.append("password too short")
    return errors


_posts = itertools.count()


def scenario():
    n = next(_posts)
    found = validate({"email": f"user{n}.example.com", "password": "x" * (n % 12)})
    messages = list(found)
    found.clear()
    return messages
