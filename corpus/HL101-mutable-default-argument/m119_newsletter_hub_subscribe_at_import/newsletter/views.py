"""Signup view: the welcome handler is subscribed once, when this module is imported."""
import functools

from hub import emit, subscribe

from .welcome import send_welcome

subscribe("user.signup", functools.partial(send_welcome, "spring"))


def handle_signup(n, email):
    user = {"id": n, "name": f"Reader {n}", "email": email}
    return emit("user.signup", user)[-1]
