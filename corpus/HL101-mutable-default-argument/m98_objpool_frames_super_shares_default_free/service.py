"""Connection handler: a frame pool per connection, one shared scratch pool."""
import functools

from objpool import Checkout, Pool

SCRATCH = Pool(functools.partial(bytearray, 512), reserve=1)


def handle(frames_mod, conn_id, payload):
    pool = frames_mod.FramePool(frame_size=512)
    with Checkout(pool) as take, Checkout(SCRATCH) as scratch:
        header, body, work = take(), take(), scratch()
        size = len(payload)
        header[4:8] = conn_id.to_bytes(4, "big")
        body[:size] = payload
        work[:size] = payload[::-1]
        return bytes(header[:8]) + bytes(body[:size]), sum(work[:size])
