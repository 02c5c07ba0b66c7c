from .defer import Deferred


class LineReceiver:
    """Buffers bytes and hands each complete line to lineReceived."""

    delimiter = b"\r\n"

    def __init__(self):
        self._buffer = b""
        self.finished = Deferred()

    def dataReceived(self, data):
        self._buffer += data
        *lines, self._buffer = self._buffer.split(self.delimiter)
        for line in lines:
            self.lineReceived(line.decode("ascii"))

    def lineReceived(self, line):
        raise NotImplementedError

    def connectionLost(self, reason="done"):
        self.finished.callback(reason)
