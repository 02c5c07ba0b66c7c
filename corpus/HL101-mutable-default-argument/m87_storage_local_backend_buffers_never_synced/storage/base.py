"""Backend base class: every write is buffered as (backend, key, payload)."""


class Backend:
    remote = False

    def __init__(self, name, buffers=[]):  # expect: HL101 confirmed
        self.name = name
        self.buffers = buffers
        self.bytes_written = 0

    def _buffer(self, key, payload):
        self.buffers.append((self.name, key, payload))
        self.bytes_written += len(payload)

    def pending(self):
        return [entry for entry in self.buffers if entry[0] == self.name]

    def upload(self, entries):
        raise NotImplementedError(f"{type(self).__name__} cannot upload")
