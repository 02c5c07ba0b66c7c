"""Transfer verifier: `RunningChecksum` keeps (offset, value) checkpoints in
`history` so a resumed transfer can restart from the last good block. The
CRC-32 subclass calls `super().__init__()` with its name and a new list, so
the base class's list default is never the one appended to."""
import itertools
import zlib

_transfers = itertools.count()


class RunningChecksum:
    def __init__(self, name, history=[]):  # expect: HL101 refuted
        self.name = name
        self.history = history
        self.offset = 0


class Crc32(RunningChecksum):
    def __init__(self):
        super().__init__("crc32", history=[])
        self.value = 0

    def update(self, block):
        self.value = zlib.crc32(block, self.value)
        self.offset += len(block)
        self.history.append((self.offset, self.value))
        return self


def scenario():
    n = next(_transfers)
    crc = Crc32()
    for i in range(4):
        crc.update(b"transfer %d block %d\n" % (n, i))
    return "%s=%08x@%d" % (crc.name, crc.value, crc.history[-1][0])
