"""Development storage backend: discards the bytes, keeps usage accounting."""

QUOTA_BYTES = 1 << 30


def store(key, payload, _usage={"objects": 0, "bytes": 0}):  # expect: HL101 refuted
    if _usage["bytes"] + len(payload) > QUOTA_BYTES:
        raise OSError(f"quota exceeded storing {key}")
    _usage["objects"] += 1
    _usage["bytes"] += len(payload)
    return key
