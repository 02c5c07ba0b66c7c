import itertools

from schema import Form, Model


class User(Model):
    fields = {"id": int, "email": str, "age": int}


class SignupForm(Form):
    fields = {"email": str, "age": int}


_signups = itertools.count()


def scenario():
    n = next(_signups)
    form = SignupForm({"email": f"user{n}@example.org", "age": str(18 + n % 50)})
    user = User(id=n, email=f"user{n}@example.org", age=18 + n % 50)
    return form.is_valid(), user.dump()
