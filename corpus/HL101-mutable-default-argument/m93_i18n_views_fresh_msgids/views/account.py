"""Account views."""
from i18n import *  # noqa: F401,F403


def welcome(request):
    greeting = _("Welcome back, {name}", request["locale"])
    return {"status": 200, "body": greeting.format(name=request["user"])}
