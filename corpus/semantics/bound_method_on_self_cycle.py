"""A bound method stored on self forms a cycle (instance -> bound method -> instance)."""
# retains: no
# survives-refcount: yes
# survives-gc: no


class Connection:
    def __init__(self, host):
        self.host = host
        self.on_close = self.handle_close

    def handle_close(self):
        return self.host


def probe():
    return Connection("db.internal")


def scenario():
    Connection("cache.internal")
