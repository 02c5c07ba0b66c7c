"""Frame splitting. Bytes of an incomplete frame wait in a default buffer
for the next read. An empty keepalive line ends the loop before it is cut
off the buffer, so from the first keepalive on nothing is consumed and every
read is appended to the buffer."""


def split_frames(chunk, _pending=bytearray()):  # expect: HL101 confirmed
    _pending += chunk
    frames = []
    while True:
        end = _pending.find(b"\n")
        if end < 0:
            break
        frame = bytes(_pending[:end])
        if not frame:
            break
        del _pending[:end + 1]
        frames.append(frame)
    return frames
