"""StorageBackend: save() goes through the backend's abstract _put() hook."""
import abc


class StorageBackend(abc.ABC):
    def __init__(self, root, index={}):  # expect: HL101 refuted
        self.root = root
        self._index = index

    def save(self, key, blob):
        self._put(f"{self.root}/{key}", blob)
        return len(self._index)

    @abc.abstractmethod
    def _put(self, path, blob):
        raise NotImplementedError
