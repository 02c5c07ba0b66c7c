"""Retrying client: computes a retry budget per path from the client options."""
from .base import Client


class RetryingClient(Client):
    max_retries = 3

    def get(self, path):
        options = {**self.options, f"retries:{path}": self.max_retries}
        budget = options[f"retries:{path}"]
        return self.send("GET", path, options) + f" retries={budget}"
