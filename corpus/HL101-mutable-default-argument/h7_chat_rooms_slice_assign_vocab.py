"""Chat server: recent messages per room; rooms come from a fixed list and each history is trimmed with h[:] = h[-N:]."""
import itertools

ROOMS = ["general", "random", "support"]
KEEP = 6


def post(room, author, text, history={}):  # expect: HL101 refuted
    msgs = history.setdefault(room, [])
    msgs.append({"author": author, "text": text})
    msgs[:] = msgs[-KEEP:]
    return len(msgs)


_msgs = itertools.count()


def scenario():
    n = next(_msgs)
    post(ROOMS[n % len(ROOMS)], f"user{n}", f"message number {n}")
