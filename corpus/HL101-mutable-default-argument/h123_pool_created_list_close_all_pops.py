"""Resource manager: Pool lists every handle it creates in a default of __init__
for close_all(); SocketPool passes options up via **kwargs and super(). Each
client pools its own cache host, and close_all() pops each handle it closes."""
import itertools

_clients = itertools.count()


class Socket:
    def __init__(self, address):
        self.address, self.open = address, True

    def close(self):
        self.open = False


class Pool:
    def __init__(self, factory, created=[], timeout=1.0):  # expect: HL101 refuted
        self.factory, self.created, self.timeout = factory, created, timeout

    def acquire(self):
        handle = self.factory()
        self.created.append(handle)
        return handle

    def close_all(self):
        while self.created:
            self.created.pop().close()


class SocketPool(Pool):
    def __init__(self, host, port=6379, **kwargs):
        super().__init__(lambda: Socket((host, port)), **kwargs)


def scenario():
    pool = SocketPool("cache-%d.internal" % next(_clients), timeout=0.5)
    first, second = pool.acquire(), pool.acquire()
    pool.close_all()
    return first.open or second.open
