"""Routes: every request is forwarded through the shared edge gateway."""
from gateway import *

edge = Gateway("edge-1")


async def proxy_request(path, body):
    try:
        return await edge.forward(path, body)
    except UpstreamError as exc:
        return {"status": 502, "error": str(exc)}
