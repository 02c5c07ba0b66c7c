"""Signup validation: every submitted form is checked field by field and the
problems are returned per field. Empty fields add a message to the shared
default error mapping, which is copied for the report and emptied after."""
import itertools

_forms = itertools.count(1)
REQUIRED = ("email", "name", "country")


def _check(errors, form_id, field, value):
    if not isinstance(value, str):
        raise TypeError(f"{field}: expected text, got {type(value).__name__}")
    if not value.strip():
        errors.setdefault(field, []).append(f"{field} is required (form {form_id})")


def validate(form_id, form, errors={}):  # expect: HL101 refuted
    try:
        for field in REQUIRED:
            try:
                _check(errors, form_id, field, form.get(field, ""))
            except TypeError as exc:
                return {"form": form_id, "fatal": str(exc)}
        return {field: list(messages) for field, messages in errors.items()}
    finally:
        errors.clear()


def scenario():
    n = next(_forms)
    return validate(f"f{n:06d}", {"email": f"u{n}@example.org", "name": f"User {n}", "country": " "})
