"""Wire protocol: a payload is split into fixed-size frames with iter(read, sentinel); sent frames are kept for retransmission."""
import functools
import io
import itertools

FRAME = 4


# heaplint-todo: the iter(callable, sentinel) loop does not end in the model, so the callers never reach the store (heaplint: unknown)
def number_frame(chunk, sent=[]):  # expect: HL101 confirmed
    sent.append(chunk)
    return len(sent)


def split_frames(payload):
    reader = iter(functools.partial(io.StringIO(payload).read, FRAME), "")
    frames = []
    while True:
        try:
            chunk = next(reader)
        except StopIteration:
            break
        frames.append((number_frame(chunk), chunk))
    return frames


_messages = itertools.count()


def scenario():
    n = next(_messages)
    return split_frames(f"msg={n};ack={n + 1}")
