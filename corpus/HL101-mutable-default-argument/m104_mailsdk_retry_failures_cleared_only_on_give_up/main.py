"""Sign-up flow: one welcome e-mail per call, to a new user, over a flaky API."""
import itertools

import mailer
from mailer.testing import FlakyTransport

_users = itertools.count()


def scenario():
    n = next(_users)
    outbox = mailer.Mailer(FlakyTransport(failures_first=1), "hello@example.com")
    return outbox.send(f"User{n}@Example.com", "Welcome!",
                       f"Hi user {n},\n\nthanks for signing up.  \n", tags=["welcome"])
