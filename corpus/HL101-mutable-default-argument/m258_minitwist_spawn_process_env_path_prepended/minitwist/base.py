"""ReactorBase: the platform-independent part of every reactor."""
from minitwist.process import Process


class ReactorBase:
    def __init__(self):
        self._children = {}

    def spawnProcess(self, protocol, executable, args=(), env={}):  # expect: HL101 confirmed
        return Process(self, protocol, executable, args, env)

    def _childEnvironment(self, process, env):
        raise NotImplementedError

    def _registerChild(self, process):
        self._children[process.pid] = process

    def _reapChild(self, process):
        del self._children[process.pid]
