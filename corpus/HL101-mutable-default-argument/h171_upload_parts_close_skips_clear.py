"""Resumable upload: `parts()` cuts a payload into fixed-size chunks and
holds the chunks of the part in progress in its default buffer, clearing it
after the last chunk; `upload()` delegates to it with yield from. The client
stops once the server's resume offset is reached and calls close() on the
delegating generator: GeneratorExit ends parts() at its yield, the clear
after the loop never runs, and the chunks stay in the buffer."""
import itertools
import zlib

_uploads = itertools.count()


# heaplint-todo: the statement at line 17 that takes its items out again runs only on some ways through tests heaplint could not decide; a call that went another way kept what it added (heaplint: unknown)
def parts(payload, size, buffer=[]):  # expect: HL101 confirmed
    for index, start in enumerate(range(0, len(payload), size)):
        buffer.append(payload[start:start + size])
        yield index, zlib.crc32(buffer[-1])
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
