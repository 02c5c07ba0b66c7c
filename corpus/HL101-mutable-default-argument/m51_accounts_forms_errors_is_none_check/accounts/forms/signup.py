from ..checks import missing_fields, too_short

REQUIRED = ("email", "password", "display_name")


def validate_signup(form):
    errors = missing_fields(form, REQUIRED)
    if too_short(form, "password", 10):
        errors.append("password: use at least 10 characters")
    return {"ok": not errors, "errors": errors, "email": form.get("email")}
