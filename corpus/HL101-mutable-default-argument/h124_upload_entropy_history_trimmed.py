"""Upload scanner: each chunk gets a byte-frequency table and its Shannon
entropy, and the scanner flags a chunk well above the running average. The
(entropy, table) pairs are kept in a list default to compute that average;
once it holds 32 chunks the oldest is dropped, so the window stays bounded."""
import itertools
import math

_chunks = itertools.count()


def profile(chunk, history=[]):  # expect: HL101 refuted
    counts = [0] * 256
    for b in chunk:
        counts[b] += 1
    total = len(chunk) or 1
    entropy = -sum(c / total * math.log2(c / total) for c in counts if c)
    history.append((entropy, counts))
    if len(history) > 32:
        del history[0]
    mean = sum(h[0] for h in history) / len(history)
    top = sorted(range(256), key=counts.__getitem__, reverse=True)[:3]
    return entropy > mean * 1.5, bytes(top)


def scenario():
    n = next(_chunks)
    chunk = b"PK\x03\x04" + bytes((n * 31 + i * i) % 256 for i in range(64)) + b"\x00" * (n % 16)
    return profile(chunk)
