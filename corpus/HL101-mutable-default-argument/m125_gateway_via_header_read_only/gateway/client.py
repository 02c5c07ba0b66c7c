"""Gateway client: sends upstream with this hop added to a new Via header."""


class UpstreamError(RuntimeError):
    pass


class GatewayClient:
    def __init__(self, name):
        self.name = name
        self.forwarded = 0

    async def forward(self, path, body, headers={}):  # expect: HL101 refuted
        via = headers.get("Via", []) + ["1.1 %s %s" % (self.name, path)]
        return await self._upstream(path, body, {**headers, "Via": via})

    async def _upstream(self, path, body, headers):
        if not path.startswith("/"):
            raise UpstreamError("bad path: %r" % path)
        self.forwarded += 1
        return {"status": 200, "path": path, "hops": len(headers["Via"]), "body": body}
