"""`complete -C` helper for bash: matching candidates are written as
newline-terminated bytes into a bytearray default reused as the output
buffer, and the function returns what this call wrote (the slice from the
length on entry). Nothing ever truncates the buffer, and each prompt offers
that session's branch names."""
import itertools

_runs = itertools.count()


def write_candidates(words, prefix, buf=bytearray()):  # expect: HL101 confirmed
    start = len(buf)
    for word in words:
        if not word.startswith(prefix):
            continue
        buf += b"%s\n" % word.encode()
    return bytes(buf[start:])


def scenario():
    n = next(_runs)
    branches = ["main", "feature/login-%d" % n, "feature/search-%d" % n, "fix/crash-%d" % n]
    return write_candidates(branches, "feature/").decode().splitlines()
