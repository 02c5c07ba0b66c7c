"""API gateway: an auth middleware counts failed API-key attempts per client
address in a default dict to lock out brute-force clients, and forgets a
client's count once it authenticates. Bearer tokens and API keys both fall
through to the same reset, so a client that mistyped its key once and then
switched to a token loses its entry."""
import itertools
from dataclasses import dataclass, field

_reqs = itertools.count()
VALID_KEYS = frozenset({"k-live-1", "k-live-2"})


@dataclass
class Request:
    remote_addr: str
    headers: dict = field(default_factory=dict)
    user: str = None


def authenticate(request, failures={}, limit=5):  # expect: HL101 refuted
    addr = request.remote_addr
    if failures.get(addr, 0) >= limit:
        return 429
    if request.headers.get("Authorization", "").startswith("Bearer "):
        request.user = "session"
    elif request.headers.get("X-Api-Key") in VALID_KEYS:
        request.user = request.headers["X-Api-Key"]
    else:
        failures[addr] = failures.get(addr, 0) + 1
        return 401
    failures.pop(addr, None)
    return None


def scenario():
    n = next(_reqs)
    addr = f"10.{n >> 16 & 255}.{n >> 8 & 255}.{n & 255}"
    first = authenticate(Request(addr, {"X-Api-Key": "k-live-l"}))
    return first, authenticate(Request(addr, {"Authorization": f"Bearer t{n:012x}"}))
