"""Signup form validator: a validator object is built per submission and
keeps its messages on `self.errors`. It binds `errors or []`: the default
list is always empty, hence falsy, so every validator gets a fresh list and
the default itself is never appended to."""
import itertools

_forms = itertools.count()


class SignupValidator:
    def __init__(self, data, errors=[]):  # expect: HL101 refuted
        self.data = data
        self.errors = errors or []

    @property
    def error_count(self):
        return len(self.errors)

    def check(self):
        for field in ("email", "username", "age"):
            value = self.data.get(field)
            if value in (None, ""):
                self.errors.append(f"{field}: required ({self.data['form_id']})")
                continue
            if field == "age" and not str(value).isdigit():
                self.errors.append(f"age: not a number: {value!r}")
        return self.error_count == 0


def scenario():
    n = next(_forms)
    form = {"form_id": f"f{n}", "email": "", "username": f"user{n}", "age": f"{n}y"}
    return SignupValidator(form).check()
