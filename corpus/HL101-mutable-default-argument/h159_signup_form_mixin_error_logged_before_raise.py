"""Signup forms: `ValidationMixin.is_valid()` takes `errors=[]` and runs
`self.check_field(name, value, errors)`, defined only on the concrete
`PartnerSignupForm`, for each field, turning a ValidationError into False.
check_field() appends the rejection message to `errors` before raising, so
every rejected address stays in the mixin's default list."""
import itertools

_signups = itertools.count()


class ValidationError(ValueError):
    pass


class ValidationMixin:
    def is_valid(self, data, errors=[]):  # expect: HL101 confirmed
        try:
            for name, value in data.items():
                self.check_field(name, value, errors)
        except ValidationError:
            return False
        return True


class PartnerSignupForm(ValidationMixin):
    domain = "@partners.example.com"

    def check_field(self, name, value, errors):
        if name == "email" and not value.endswith(self.domain):
            errors.append(f"{name}={value}: must end with {self.domain}")
            raise ValidationError(errors[-1])


def scenario():
    n = next(_signups)
    return PartnerSignupForm().is_valid({"name": f"Vendor {n}", "email": f"sales{n}@vendor{n}.example.org"})
