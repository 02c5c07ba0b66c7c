"""Gateway client: adds this hop to the Via header and sends upstream."""


class UpstreamError(RuntimeError):
    pass


class GatewayClient:
    def __init__(self, name):
        self.name = name
        self.forwarded = 0

    async def forward(self, path, body, headers={}):  # expect: HL101 confirmed
        headers.setdefault("Via", []).append("1.1 %s %s" % (self.name, path))
        return await self._upstream(path, body, headers)

    async def _upstream(self, path, body, headers):
        if not path.startswith("/"):
            raise UpstreamError("bad path: %r" % path)
        self.forwarded += 1
        return {"status": 200, "path": path, "hops": len(headers["Via"]), "body": body}
