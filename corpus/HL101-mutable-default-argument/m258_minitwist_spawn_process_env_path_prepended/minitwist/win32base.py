"""Windows reactor: children get a copy of the environment with SYSTEMROOT set."""
from minitwist.base import ReactorBase


class Win32Reactor(ReactorBase):
    def _childEnvironment(self, process, env):
        return dict(env, SYSTEMROOT="C:\\Windows")
