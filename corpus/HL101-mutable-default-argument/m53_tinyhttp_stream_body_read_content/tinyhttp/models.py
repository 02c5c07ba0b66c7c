"""Response: the body is streamed from the connection unless already read."""
from .transport import stream_body


class Response:
    def __init__(self, url, conn, status=200):
        self.url = url
        self.status = status
        self.connection = conn
        self._content = None

    def iter_content(self, chunk_size=64):
        if self._content is not None:
            data = self._content
            return iter([data[i:i + chunk_size] for i in range(0, len(data), chunk_size)])
        return stream_body(self.connection, chunk_size)

    @property
    def content(self):
        if self._content is None:
            self._content = b"".join(stream_body(self.connection))
        return self._content
