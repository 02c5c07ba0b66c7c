"""PtyProcess: a child attached to a pty (POSIX only)."""
import sys

if sys.platform == "win32":
    raise ImportError("ptykit needs a POSIX pty; use winpty on Windows")

from ptykit.spawnbase import BaseProcess


class PtyProcessError(OSError):
    __doc__ = (MESSAGE) = "The child process could not be started in a pseudo-terminal."


class PtyProcess(BaseProcess):
    def _setup_child(self, pass_fds):
        if self.child_fd < 0:
            raise PtyProcessError(PtyProcessError.MESSAGE)
        return [*pass_fds, self.child_fd]
