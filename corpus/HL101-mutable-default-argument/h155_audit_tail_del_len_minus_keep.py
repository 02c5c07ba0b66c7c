"""Crash-report helper: every emitted log line is appended to a default tail
list that is trimmed to the newest `keep` lines, which a crash handler would
attach to its report. This service passes keep=0 to keep no tail; the trim
deletes `tail[:len(tail) - keep]`, which for keep=0 is the whole list, so
the default is empty again after every call."""
import itertools

_seq = itertools.count()


def emit(level, message, keep=10, tail=[]):  # expect: HL101 refuted
    line = f"{level:<7} {message}"
    tail.append(line)
    del tail[:len(tail) - keep]
    return len(line)


def scenario():
    n = next(_seq)
    return emit("INFO", f"order {n} shipped from warehouse {n % 7}", keep=0)
