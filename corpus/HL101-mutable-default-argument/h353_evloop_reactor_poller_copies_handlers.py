"""Event loop: the Poller class is chosen at import time (select() on Windows,
poll() elsewhere); add_reader() goes through the concrete poller's _register()
hook, and both pollers copy the handler table before adding to it."""
import functools
import itertools
import sys

_fds = itertools.count(3)


class Poller:
    def __init__(self, handlers={}):  # expect: HL101 refuted
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
        self._handlers = dict(self._handlers)
        self._handlers[fd] = callback


Reactor = SelectPoller if sys.platform == "win32" else PollPoller


def scenario():
    fd = next(_fds)
    return Reactor().add_reader(fd, functools.partial(print, "readable", fd))
