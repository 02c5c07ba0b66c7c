"""Forms: BaseForm.__init__ keeps the error list it is given and runs the
subclass's clean() hook; the signup form's clean() rebinds self.errors to a
new list with the message added for each invalid field."""
import itertools

_signups = itertools.count()


class BaseForm:
    def __init__(self, data, errors=[]):  # expect: HL101 refuted
        self.data = data
        self.errors = errors
        self.clean()

    def clean(self):
        raise NotImplementedError(f"{type(self).__name__} must define clean()")

    @property
    def is_valid(self):
        return not self.errors


class SignupForm(BaseForm):
    def clean(self):
        email = self.data.get("email", "")
        if "@" not in email:
            self.errors = self.errors + [f"email: {email!r} is not an address"]


def scenario():
    n = next(_signups)
    form = SignupForm({"email": f"user{n}.example.com", "name": f"u{n}"})
    return form.is_valid
