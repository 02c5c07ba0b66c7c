"""Process: one child process; asks its reactor for the child environment."""
import itertools

_pids = itertools.count(4000)


class Process:
    def __init__(self, reactor, protocol, executable, args, env):
        self.reactor = reactor
        self.pid = next(_pids)
        self.executable = executable
        self.argv = (executable,) + tuple(args)
        self.env = reactor._childEnvironment(self, env)
        reactor._registerChild(self)
        protocol.makeConnection(self)

    def processEnded(self, status):
        self.status = status
        self.reactor._reapChild(self)
