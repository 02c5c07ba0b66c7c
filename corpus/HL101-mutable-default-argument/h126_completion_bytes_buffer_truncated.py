"""`complete -C` helper for bash: matching candidates are written as
newline-terminated bytes into a bytearray default reused as the output
buffer, and the function returns what this call wrote. The buffer is
truncated on entry (del buf[:]), so it only ever holds one prompt's
candidates, though each prompt offers that session's branch names."""
import itertools

_runs = itertools.count()


def write_candidates(words, prefix, buf=bytearray()):  # expect: HL101 refuted
    del buf[:]
    for word in words:
        if not word.startswith(prefix):
            continue
        buf += b"%s\n" % word.encode()
    return bytes(buf)


def scenario():
    n = next(_runs)
    branches = ["main", "feature/login-%d" % n, "feature/search-%d" % n, "fix/crash-%d" % n]
    return write_candidates(branches, "feature/").decode().splitlines()
