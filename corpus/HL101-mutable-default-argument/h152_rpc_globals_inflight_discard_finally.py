"""JSON-RPC style server: the method is looked up with
globals()["rpc_" + method]. `rpc_charge` guards against a request id being
processed twice at once with a set default; the id is discarded in a
`finally`, so a declined card (which raises, and which the dispatcher
turns into an error response) leaves nothing behind either."""
import itertools

_requests = itertools.count()


class Declined(Exception):
    pass


def rpc_charge(request_id, card, amount, _inflight=set()):  # expect: HL101 refuted
    if request_id in _inflight:
        raise RuntimeError("duplicate request " + request_id)
    _inflight.add(request_id)
    try:
        if card.endswith("0002"):
            raise Declined(card)
        return {"id": request_id, "amount": amount, "status": "captured"}
    finally:
        _inflight.discard(request_id)


def dispatch(method, **params):
    try:
        return {"result": globals()["rpc_" + method](**params)}
    except (KeyError, Declined, RuntimeError) as exc:
        return {"error": type(exc).__name__}


def scenario():
    n = next(_requests)
    dispatch("charge", request_id=f"req-{n:08d}-a", card="4000000000000077", amount=n)
    return dispatch("charge", request_id=f"req-{n:08d}-b", card="4000000000000002", amount=n)
