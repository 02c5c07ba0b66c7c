class NetClientError(Exception):
    """Base class for every error raised by netclient."""


class ClosedPoolError(NetClientError):
    def __init__(self, host):
        super().__init__("pool for %s is closed" % host)
        self.host = host
