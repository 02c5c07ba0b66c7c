"""JSON-RPC style server: the method is looked up with
globals()["rpc_" + method]. `rpc_charge` guards against a request id being
processed twice at once with a set default, but the id is discarded only
after a successful charge: a declined card raises, the dispatcher turns
the error into a response, and the id stays in the set for good."""
import itertools

_requests = itertools.count()


class Declined(Exception):
    pass


# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the test at line 19 (heaplint: unknown)
def rpc_charge(request_id, card, amount, _inflight=set()):  # expect: HL101 confirmed
    if request_id in _inflight:
        raise RuntimeError("duplicate request " + request_id)
    _inflight.add(request_id)
    if card.endswith("0002"):
        raise Declined(card)
    receipt = {"id": request_id, "amount": amount, "status": "captured"}
    _inflight.discard(request_id)
    return receipt


def dispatch(method, **params):
    try:
        return {"result": globals()["rpc_" + method](**params)}
    except (KeyError, Declined, RuntimeError) as exc:
        return {"error": type(exc).__name__}


def scenario():
    n = next(_requests)
    dispatch("charge", request_id=f"req-{n:08d}-a", card="4000000000000077", amount=n)
    return dispatch("charge", request_id=f"req-{n:08d}-b", card="4000000000000002", amount=n)
