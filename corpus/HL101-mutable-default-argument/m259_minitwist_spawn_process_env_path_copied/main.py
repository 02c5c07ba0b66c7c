"""Deploy agent: spawn one worker per job through the installed reactor, then
report the worker's exit so the reactor reaps it."""
import itertools

from minitwist.reactor import reactor

_jobs = itertools.count()


class WorkerProtocol:
    def __init__(self, job):
        self.job = job
        self.transport = None

    def makeConnection(self, transport):
        self.transport = transport


def scenario():
    n = next(_jobs)
    proto = WorkerProtocol(f"job-{n}")
    proc = reactor.spawnProcess(proto, "/opt/deploy/releases/current/bin/worker", ("--job", str(n)))
    proc.processEnded(0)
    return proc.pid
