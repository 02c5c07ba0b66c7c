"""In-memory transport: the first attempt on an orders path is always reset."""


class TransportError(OSError):
    pass


class FlakyTransport:
    def __init__(self):
        self.sent = 0

    async def send(self, path, attempt):
        self.sent += 1
        if attempt == 1 and path.endswith("/orders"):
            raise TransportError("connection reset by peer: " + path)
        return {"ok": True, "path": path}
