"""Signup form validator: a validator object is built per submission and
keeps its messages on `self.errors`, which is the list default itself.
Every submission's messages are appended to that one shared list, and the
`error_count` property reads it back."""
import itertools

_forms = itertools.count()


class SignupValidator:
    def __init__(self, data, errors=[]):  # expect: HL101 confirmed
        self.data = data
        self.errors = errors

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
