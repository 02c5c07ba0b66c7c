"""BaseProcess: spawn() builds the process, then lets the subclass choose the
file descriptors the child keeps open."""
import itertools

_fds = itertools.count(1024)


class BaseProcess:
    def __init__(self, argv, cwd):
        self.argv = list(argv)
        self.cwd = cwd
        self.child_fd = next(_fds)

    @classmethod
    def spawn(cls, argv, cwd=None, pass_fds=[]):  # expect: HL101 confirmed
        proc = cls(argv, cwd)
        proc.kept_fds = tuple(proc._setup_child(pass_fds))
        return proc

    def _setup_child(self, pass_fds):
        raise NotImplementedError
