"""Signup form validator that records problems into `errors` and `notices`
list defaults. The scenario submits a malformed email on every request, so
each call appends a new message to the shared `errors` list, which is never
emptied; the passwords are long enough, so `notices` is never touched."""
import itertools

_requests = itertools.count()


def validate_signup(form,
                    errors=[],  # expect: HL101 confirmed
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
    form = {"email": f"member{n}.example.org", "password": f"correct-horse-{n}-battery"}
    return handle_signup(form)
