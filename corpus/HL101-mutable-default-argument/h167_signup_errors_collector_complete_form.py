"""Signup validation: validate_signup() collects messages through an
ErrorCollector and setattr()s its list onto the module-level form. The list
is the shared default, but these submissions fill in every required field,
so the append is never reached and the list stays empty."""
import itertools

REQUIRED = ("email", "name", "country")


class SignupForm:
    errors = ()


_form = SignupForm()


class ErrorCollector:
    def __init__(self, errors):
        self.errors = errors

    def require(self, data, field):
        if not data.get(field):
            self.errors.append(f"{field} is required (submitted by {data.get('email')})")


def validate_signup(data, errors=[]):  # expect: HL101 refuted
    collector = ErrorCollector(errors)
    for field in REQUIRED:
        collector.require(data, field)
    setattr(_form, "errors", collector.errors)
    return not _form.errors


_submissions = itertools.count()


def scenario():
    n = next(_submissions)
    return validate_signup({"email": f"user{n}@example.org", "name": f"User {n}", "country": "NL"})
