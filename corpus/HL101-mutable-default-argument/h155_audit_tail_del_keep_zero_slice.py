"""Crash-report helper: every emitted log line is appended to a default tail
list that is trimmed to the newest `keep` lines, which a crash handler would
attach to its report. This service passes keep=0 to keep no tail, but
`del tail[:-0]` is `del tail[:0]`, an empty slice, so nothing is deleted and
every line stays in the default list."""
import itertools

_seq = itertools.count()


def emit(level, message, keep=10, tail=[]):  # expect: HL101 confirmed
    line = f"{level:<7} {message}"
    tail.append(line)
    del tail[:-keep]
    return len(line)


def scenario():
    n = next(_seq)
    return emit("INFO", f"order {n} shipped from warehouse {n % 7}", keep=0)
