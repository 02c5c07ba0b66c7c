"""Storage errors."""


class StorageError(Exception):
    pass


class BackendUnavailable(StorageError):
    __doc__ = (MESSAGE) = "No storage backend can be used on this platform; install storage[sqlite]."
