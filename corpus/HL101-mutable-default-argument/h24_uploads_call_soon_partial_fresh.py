"""Upload progress: each finished part is reported from the event loop, after the write returns."""
import asyncio
import functools
import itertools

_loop = asyncio.new_event_loop()


# heaplint-todo: every call in the file passes `_progress`: heaplint calls the default latent for callers elsewhere (heaplint: unknown)
def _on_part_done(upload_id, part, size, _progress={}):  # expect: HL101 refuted
    _progress[upload_id, part] = size
    return sum(s for (u, _), s in _progress.items() if u == upload_id)


def write_part(upload_id, part, data):
    _loop.call_soon(functools.partial(_on_part_done, upload_id, part, len(data), {}))
    return len(data)


def upload(upload_id, payload, part_size=64):
    for part, i in enumerate(range(0, len(payload), part_size)):
        write_part(upload_id, part, payload[i:i + part_size])
    _loop.call_soon(_loop.stop)
    _loop.run_forever()


_seq = itertools.count()


def scenario():
    n = next(_seq)
    upload(f"up-{n}", b"x" * 200)
    return n
