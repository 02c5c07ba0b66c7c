"""Session state: base URL, response cache and the ids of requests in flight."""
import itertools

_request_ids = itertools.count(1)


class Session:
    def __init__(self, base_url, pending=set()):  # expect: HL101 refuted
        self.base_url = base_url
        self.pending = pending  # ids sent and not answered yet, for cancel_all()
        self.cache = {}

    def begin(self, path):
        request_id = f"{self.base_url}{path}#{next(_request_ids)}"
        self.pending.add(request_id)
        return request_id

    def finish(self, request_id):
        self.pending.discard(request_id)

    def cancel_all(self):
        cancelled = sorted(self.pending)
        self.pending.clear()
        return cancelled
