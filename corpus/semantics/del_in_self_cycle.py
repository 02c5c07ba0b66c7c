"""An object with __del__ in a self-cycle survives refcounting; on 3.4+ (PEP 442) the collector frees it."""
# retains: no
# survives-refcount: yes
# survives-gc: no


class TempWorkspace:
    def __init__(self, name):
        self.name = name
        self.me = self

    def __del__(self):
        self.name = None


def probe():
    return TempWorkspace("probe")


def scenario():
    TempWorkspace("job")
