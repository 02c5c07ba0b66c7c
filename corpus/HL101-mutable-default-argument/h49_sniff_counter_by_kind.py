"""Content sniffing for an upload pipeline: classify in-memory payloads by magic bytes."""
import itertools
from collections import Counter

_ids = itertools.count()
SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\x1f\x8b", "application/gzip"),
    (b"%PDF-", "application/pdf"),
    (b"PK\x03\x04", "application/zip"),
)


# heaplint-todo: `startswith(magic)` of unknown bytes is not decided, so the kind counted is not known (heaplint: unknown)
def sniff(payload, stats=Counter()):  # expect: HL101 refuted
    head = bytes(payload[:16])
    for magic, mime in SIGNATURES:
        if head.startswith(magic):
            stats[mime] += 1
            return mime
    try:
        head.decode("ascii")
    except UnicodeDecodeError:
        stats["unknown"] += 1
        return "application/octet-stream"
    stats["text/plain"] += 1
    return "text/plain"


def accept_upload(name, payload, allowed=("image", "text")):
    major = sniff(payload).split("/", 1)[0]
    return name if major in allowed else None


def scenario():
    n = next(_ids)
    blobs = {"a.png": b"\x89PNG\r\n\x1a\n" + bytes(8), "notes.txt": b"run %d ok\n" % n,
             "dump.bin": bytes([0xFE, n % 256, (n >> 8) % 256, 0x80]) + bytes(12)}
    return [accept_upload(name, data) for name, data in blobs.items()]
