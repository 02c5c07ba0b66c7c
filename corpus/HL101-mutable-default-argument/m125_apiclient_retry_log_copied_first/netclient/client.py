"""Async client: retries failed sends; failed attempts go into a per-call copy of retries."""
from .transport import TransportError


class ApiClient:
    def __init__(self, transport, max_attempts=3):
        self.transport = transport
        self.max_attempts = max_attempts

    async def fetch(self, path, retries=[]):  # expect: HL101 refuted
        retries = list(retries)
        for attempt in range(1, self.max_attempts + 1):
            try:
                body = await self.transport.send(path, attempt)
            except TransportError as exc:
                retries.append((path, attempt, str(exc)))
                continue
            return {"path": path, "body": body, "attempts": attempt}
        raise TransportError("gave up on %s after %d retries" % (path, len(retries)))
