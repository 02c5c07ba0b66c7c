"""Sign-up flow: each call registers one new user and sends the welcome mail."""
import itertools

from acme_ext import mailer

_ids = itertools.count()


def scenario():
    n = next(_ids)
    user = {"name": f"User {n}", "email": f"user{n}@example.org"}
    message = mailer.send_welcome(user)
    return message["To"], len(message["Body"])
