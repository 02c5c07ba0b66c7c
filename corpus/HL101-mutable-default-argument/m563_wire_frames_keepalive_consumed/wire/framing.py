"""Frame splitting. Bytes of an incomplete frame wait in a default buffer
for the next read. Each frame is cut off the buffer before it is looked at,
so an empty keepalive line is consumed and skipped like any other frame."""


def split_frames(chunk, _pending=bytearray()):  # expect: HL101 refuted
    _pending += chunk
    frames = []
    while True:
        end = _pending.find(b"\n")
        if end < 0:
            break
        frame = bytes(_pending[:end])
        del _pending[:end + 1]
        if not frame:
            continue
        frames.append(frame)
    return frames
