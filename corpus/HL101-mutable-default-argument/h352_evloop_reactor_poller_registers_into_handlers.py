"""Event loop: the Poller class is chosen at import time (select() on Windows,
poll() elsewhere); Poller.__init__ keeps the handler table it is given and
add_reader() goes through the concrete poller's _register() hook."""
import functools
import itertools
import sys

_fds = itertools.count(3)


class Poller:
    # heaplint-todo: the poller class is picked by `sys.platform` at import, which heaplint does not know; a PollPoller made as outside code would grows the table, the application's own run is not decided (heaplint: unknown)
    def __init__(self, handlers={}):  # expect: HL101 confirmed
        self._handlers = handlers

    def add_reader(self, fd, callback):
        self._register(fd, callback)
        return len(self._handlers)

    def _register(self, fd, callback):
        raise NotImplementedError


class SelectPoller(Poller):
    def _register(self, fd, callback):
        self._handlers = {**self._handlers, fd: callback}


class PollPoller(Poller):
    def _register(self, fd, callback):
        self._handlers[fd] = callback


Reactor = SelectPoller if sys.platform == "win32" else PollPoller


def scenario():
    fd = next(_fds)
    return Reactor().add_reader(fd, functools.partial(print, "readable", fd))
