"""Account sign-up: create the account, then send the welcome mail."""


class SignupError(ValueError):
    pass


def register(email, mailer, accounts):
    if "@" not in email:
        raise SignupError(f"not an address: {email!r}")
    if email in accounts:
        raise SignupError(f"{email} is already registered")
    accounts[email] = {"email": email, "verified": False}
    mailer.send(email, "Welcome!", f"Please confirm {email}.")
    return accounts[email]
