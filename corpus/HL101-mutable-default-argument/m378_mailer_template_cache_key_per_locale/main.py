"""Sign-up flow: every call registers one new user and sends the welcome mail."""
import itertools

import mailer

_signups = itertools.count()
_LOCALES = ("en", "de", "fr")


def scenario():
    n = next(_signups)
    user = {"name": f"user{n}", "email": f"user{n}@example.net", "locale": _LOCALES[n % 3]}
    return mailer.send_welcome(user)
