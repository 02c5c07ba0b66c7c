"""Resumable upload: `parts()` cuts a payload into fixed-size chunks and
holds the chunks of the part in progress in its default buffer, clearing it
in a finally clause; `upload()` delegates to it with yield from. The client
stops at the server's resume offset and calls close() on the delegating
generator: GeneratorExit reaches parts() and its finally empties the buffer."""
import itertools
import zlib

_uploads = itertools.count()


def parts(payload, size, buffer=[]):  # expect: HL101 refuted
    try:
        for index, start in enumerate(range(0, len(payload), size)):
            buffer.append(payload[start:start + size])
            yield index, zlib.crc32(buffer[-1])
    finally:
        buffer.clear()


def upload(name, payload, size=64):
    yield name, len(payload)
    yield from parts(payload, size)


def send_until(name, payload, resume_at):
    stream = upload(name, payload)
    sent = [next(stream)]
    for index, checksum in stream:
        sent.append(checksum)
        if index + 1 >= resume_at:
            break
    stream.close()
    return sent


def scenario():
    n = next(_uploads)
    payload = (b"%08d:" % n) * 40
    return len(send_until("backup-%d.tar" % n, payload, resume_at=3))
