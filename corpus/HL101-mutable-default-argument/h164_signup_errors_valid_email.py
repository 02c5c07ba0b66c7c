"""Signup form validator that records problems into `errors` and `notices`
list defaults. The scenario submits well-formed emails and long passwords,
so neither branch that appends is taken: both shared lists stay empty no
matter how many signups are handled."""
import itertools

_requests = itertools.count()


def validate_signup(form,
                    errors=[],  # expect: HL101 refuted
                    notices=[]):  # expect: HL101 refuted
    email = form.get("email", "")
    if "@" not in email or email.startswith("@"):
        errors.append(f"email: {email!r} is not a valid address for signup")
    password = form.get("password", "")
    if len(password) < 12:
        notices.append(f"password for {email!r} is short ({len(password)} chars)")
    return not errors


def handle_signup(form):
    ok = validate_signup(form)
    return {"status": "created" if ok else "rejected", "email": form["email"]}


def scenario():
    n = next(_requests)
    form = {"email": f"member{n}@example.org", "password": f"correct-horse-{n}-battery"}
    return handle_signup(form)
