"""Attaches the session's user after the view ran."""
from webstack.middleware.base import Middleware


class SessionMiddleware(Middleware):
    def after(self, request, response, state):
        sessions = request.setdefault("sessions", {})
        sessions[request["session"]] = request["user"]
        response["user"] = request["user"]
