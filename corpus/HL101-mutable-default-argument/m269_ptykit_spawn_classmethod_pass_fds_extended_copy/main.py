"""Terminal sessions: spawn one shell per session in a pseudo-terminal."""
import itertools

from ptykit import PtyProcess

_sessions = itertools.count()


def scenario():
    n = next(_sessions)
    proc = PtyProcess.spawn(["/bin/sh", "-c", f"echo session {n}"], cwd=f"/home/u{n % 7}")
    return proc.argv, proc.kept_fds
