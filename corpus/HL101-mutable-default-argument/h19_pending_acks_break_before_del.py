"""Message consumer: each frame is parked in `pending` until processed; a STOP frame ends the batch."""
import itertools


def consume(frames, pending={}):  # expect: HL101 confirmed
    handled = 0
    for frame_id, payload in frames:
        pending[frame_id] = payload
        if payload == "STOP":
            break
        handled += len(payload)
        del pending[frame_id]
    return handled


_batches = itertools.count()


def scenario():
    n = next(_batches)
    frames = [(f"orders.eu-west-1/{n}/0", f"order {n}"), (f"orders.eu-west-1/{n}/1", "STOP" if n % 2 == 0 else f"refund {n}")]
    return consume(frames)
