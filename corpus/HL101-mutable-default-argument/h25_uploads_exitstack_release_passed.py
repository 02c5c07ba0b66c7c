"""Upload staging: every staged part is released by an ExitStack callback."""
import contextlib
import hashlib
import itertools


# heaplint-todo: grows only when called as outside code would; the application's own runs did not grow it, which is no proof for a value it hands on or a method the interpreter calls (heaplint: unknown)
def release_part(part_id, released=[]):  # expect: HL101 refuted
    released.append(part_id)
    return len(released)


class Part:
    def __init__(self, part_id, data):
        self.part_id = part_id
        self.digest = hashlib.sha1(data).hexdigest()


def stage_upload(upload_id, chunks):
    released = []
    with contextlib.ExitStack() as stack:
        parts = []
        for i, chunk in enumerate(chunks):
            part = Part(f"{upload_id}/{i}", chunk)
            stack.callback(release_part, part.part_id, released)
            parts.append(part.digest)
    return parts, released


_seq = itertools.count()


def scenario():
    n = next(_seq)
    return stage_upload(f"up{n}", [f"chunk {n} {i}".encode() for i in range(3)])
