"""Signup view: the welcome handler is subscribed inside the view, on every signup."""
import functools

from hub import emit, subscribe

from .welcome import send_welcome


def handle_signup(n, email):
    subscribe("user.signup", functools.partial(send_welcome, "spring"))
    user = {"id": n, "name": f"Reader {n}", "email": email}
    return emit("user.signup", user)[-1]
