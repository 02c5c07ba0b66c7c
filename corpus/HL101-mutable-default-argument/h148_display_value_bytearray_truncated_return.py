"""Debug inspector: `display_value` dispatches on the value's type with
isinstance, builds the text at the end of a scratch bytearray default and then
cuts off what it added. Binary payloads longer than the preview limit take an
early return with an ellipsis before the cut, so every long payload's hex
stays in the shared bytearray."""
import itertools

_frames = itertools.count()
PREVIEW = 16


# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the tests at lines 16, 19 (heaplint: unknown)
def display_value(value, _buf=bytearray()):  # expect: HL101 confirmed
    if isinstance(value, str):
        return repr(value)
    start = len(_buf)
    if isinstance(value, (bytes, bytearray, memoryview)):
        raw = bytes(value)
        _buf += b"<" + raw[:PREVIEW].hex(" ").encode("ascii")
        if len(raw) > PREVIEW:
            return _buf[start:].decode("ascii") + f" ... +{len(raw) - PREVIEW}>"
        _buf += b">"
    elif isinstance(value, (int, float)):
        _buf += f"{value:,}".encode("ascii")
    else:
        _buf += ascii(value).encode("ascii")
    text = _buf[start:].decode("ascii")
    del _buf[start:]
    return text


def scenario():
    n = next(_frames)
    frame = {"seq": n, "peer": f"10.0.{n % 250}.7", "payload": n.to_bytes(8, "big") * 4}
    return ", ".join(f"{k}={display_value(v)}" for k, v in frame.items())
