"""`except E as e:` unbinds e when the handler ends, so the name does not keep the exception.

The module-level name `last_failure` is deleted at the end of the handler, and
in probe() the local `exc` is deleted too, so no frame -> exception ->
traceback -> frame cycle is left: refcounting alone frees the payload.
"""
# retains: no
# survives-refcount: no
# survives-gc: no
import itertools

_ids = itertools.count()


class Payload:
    pass


def parse(n, payload):
    raise ValueError(f"bad record {n}")


def scenario():
    global last_failure
    try:
        parse(next(_ids), Payload())
    except ValueError as last_failure:
        pass


def probe():
    payload = Payload()
    try:
        parse(0, payload)
    except ValueError as exc:
        pass
    return payload
