"""Request scope: one per request, owns the request's database connection."""
from clients import Connection
from di import BaseScope


class RequestScope(BaseScope):
    def __init__(self, request_id):
        super().__init__()
        self.request_id = request_id

    def connection(self):
        return self.track(Connection(f"db/{self.request_id}"))
