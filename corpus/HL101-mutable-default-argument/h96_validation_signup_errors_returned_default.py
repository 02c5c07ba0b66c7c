"""Signup form validation: SignupValidator.validate() collects (field, message) errors from per-field checks and returns them in form order."""
import itertools
import re

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$")


class SignupValidator:
    order = ("username", "email", "password")

    def _require(self, form, field, errors):
        if not form.get(field):
            errors.append((field, f"{field} is required"))
            return False
        return True

    def validate(self, form, errors=[]):  # expect: HL101 confirmed
        if self._require(form, "username", errors) and len(form["username"]) < 3:
            errors.append(("username", f"username {form['username']!r} is too short"))
        if self._require(form, "email", errors) and not _EMAIL.match(form["email"]):
            errors.append(("email", f"{form['email']!r} is not an email address"))
        self._require(form, "password", errors)
        return sorted(errors, key=lambda e: self.order.index(e[0]))


_forms = itertools.count()


def scenario():
    n = next(_forms)
    form = {"username": f"user{n}", "email": f"user{n}.example.org", "password": ""}
    return [msg for _, msg in SignupValidator().validate(form)][:3]
