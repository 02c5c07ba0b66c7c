"""Reassemble interleaved multi-line records.

Workers write '<worker> BEGIN text', '<worker> + text', '<worker> END text';
lines of different workers interleave, and a shipper batch may stop anywhere.
"""

__all__ = ["assemble", "parse_line"]


def parse_line(line):
    worker, kind, text = line.split(" ", 2)
    return worker, kind, text


def assemble(lines, pending={}):  # expect: HL101 refuted
    """Return the records completed in `lines`; open ones wait in `pending`."""
    done = []
    for line in lines:
        worker, kind, text = parse_line(line)
        if kind == "BEGIN":
            pending[worker] = [text]
        elif kind == "+":
            pending.setdefault(worker, []).append(text)
        elif kind == "END":
            parts = pending.pop(worker, [])
            done.append((worker, "\n".join(parts + [text])))
    return done
