"""Stamps the request with the clock offset from the state."""
from webstack.middleware.base import Middleware


class TimingMiddleware(Middleware):
    def before(self, request, state):
        request["t0"] = state.get("clock", 0.0)
