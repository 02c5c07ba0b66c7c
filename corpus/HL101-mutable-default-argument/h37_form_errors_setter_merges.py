"""Web forms: the errors property setter merges new errors into the dict kept from __init__."""
import itertools


class Form:
    def __init__(self, data, errors={}):  # expect: HL101 confirmed
        self.data = data
        self._errors = errors

    @property
    def errors(self):
        return self._errors

    @errors.setter
    def errors(self, value):
        self._errors.update(value)

    def is_valid(self):
        return not self._errors


_submissions = itertools.count()


def scenario():
    n = next(_submissions)
    form = Form({"email": f"user{n}@example"})
    form.errors = {f"email-{n}": "missing top-level domain"}
    return form.is_valid(), len(form.errors)
