"""Log viewer: keeps the last lines of the stream for `tail -f`, trimmed to the configured window."""
import itertools


def tail(lines, window=32, _buffer=[]):  # expect: HL101 refuted
    for line in lines:
        if isinstance(line, bytes):
            line = line.decode("utf-8", "replace")
        _buffer.append(line.rstrip("\n"))
    if len(_buffer) > window:
        _buffer[:] = _buffer[-window:]
    return _buffer[-3:]


def follow(stream_id, chunk):
    shown = tail(chunk)
    return f"[{stream_id}] " + " | ".join(shown)


_chunks = itertools.count()


def scenario():
    n = next(_chunks)
    chunk = [f"{n:08d} GET /items/{n} 200\n", f"{n:08d} worker-{n % 4} idle\n".encode()]
    return follow(f"app-{n % 3}", chunk)
