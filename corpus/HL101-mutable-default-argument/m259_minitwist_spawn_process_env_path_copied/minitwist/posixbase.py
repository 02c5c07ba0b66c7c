"""POSIX reactor: children get a copy of the environment with the executable's
directory put first on PATH."""
import os
import sys

if sys.platform == "win32":
    raise ImportError("minitwist.posixbase is not available on Windows")

from minitwist.base import ReactorBase


class PosixReactor(ReactorBase):
    def _childEnvironment(self, process, env):
        bindir = os.path.dirname(process.executable)
        return dict(env, PATH=bindir + os.pathsep + env.get("PATH", os.defpath))
