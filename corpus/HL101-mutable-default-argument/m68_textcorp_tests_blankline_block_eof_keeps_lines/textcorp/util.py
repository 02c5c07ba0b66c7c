"""Block readers shared by the corpus views: each reads one block from a stream."""

__all__ = ["read_blankline_block", "read_line_block"]


def read_line_block(stream, size=20):
    lines = []
    for _ in range(size):
        line = stream.readline()
        if not line:
            break
        lines.append(line.rstrip("\n"))
    return lines


def read_blankline_block(stream, _lines=[]):  # expect: HL101 confirmed
    """Read one paragraph: the lines up to the next blank line or the end of the stream."""
    while True:
        line = stream.readline()
        if not line:
            return ["".join(_lines)] if _lines else []
        if line.strip():
            _lines.append(line)
        elif _lines:
            block = ["".join(_lines)]
            del _lines[:]
            return block
