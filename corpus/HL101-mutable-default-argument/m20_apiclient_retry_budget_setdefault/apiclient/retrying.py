"""Retrying client: tracks a retry budget per path in the client options."""
from .base import Client


class RetryingClient(Client):
    max_retries = 3

    def get(self, path):
        budget = self.options.setdefault(f"retries:{path}", self.max_retries)
        return self.send("GET", path, self.options) + f" retries={budget}"
