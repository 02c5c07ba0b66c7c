"""Signup forms: `ValidationMixin.is_valid()` takes `errors=[]` and runs
`self.check_field(name, value, errors)`, defined only on the concrete
`PartnerSignupForm`, for each field, turning a ValidationError into False.
check_field() raises for a foreign address before it would append the
"not verified yet" warning to `errors`; every scenario address is foreign, so the
append is never reached and the mixin's default list stays empty."""
import itertools

_signups = itertools.count()


class ValidationError(ValueError):
    pass


class ValidationMixin:
    def is_valid(self, data, errors=[]):  # expect: HL101 refuted
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
            raise ValidationError(f"{name}={value}: must end with {self.domain}")
        if name == "email":
            errors.append(f"{name}={value}: partner address not verified yet")


def scenario():
    n = next(_signups)
    return PartnerSignupForm().is_valid({"name": f"Vendor {n}", "email": f"sales{n}@vendor{n}.example.org"})
