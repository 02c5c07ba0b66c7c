"""Form validator that reuses one scratch list for errors, cleared on every call."""
import itertools


def validate_signup(form, errors=[]):  # expect: HL101 refuted
    errors.clear()
    if "@" not in form.get("email", ""):
        errors.append("email: not an address " + form.get("email", ""))
    if len(form.get("password", "")) < 8:
        errors.append("password: too short")
    return tuple(errors)


_forms = itertools.count()


def scenario():
    n = next(_forms)
    validate_signup({"email": f"person{n}.example.org", "password": "short"})
