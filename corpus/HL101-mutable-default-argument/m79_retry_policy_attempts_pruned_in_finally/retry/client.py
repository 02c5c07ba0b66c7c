"""client: GETs over a transport object; a GET that gives up falls back to None."""
from .policy import GiveUp, retrying


@retrying(max_attempts=3)
def fetch(transport, path):
    return transport.request("GET", path)


class Client:
    def __init__(self, transport):
        self.transport = transport

    def get(self, path):
        try:
            return fetch(self.transport, path)
        except GiveUp:
            return None  # the caller serves its cached copy instead
