"""Web session lifecycle: audit what each user does between login and logout."""
import itertools

import eventbus
from audit import SessionAudit

_ids = itertools.count()


def scenario():
    n = next(_ids)
    user = f"user{n}"
    trail = SessionAudit(user)
    eventbus.emit("login", user=user, path="/login")
    eventbus.emit("view", user=user, path=f"/items/{n}")
    eventbus.emit("logout", user=user, path="/logout")
    return trail.close()
