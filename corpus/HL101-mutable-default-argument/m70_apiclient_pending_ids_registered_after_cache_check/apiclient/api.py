"""The public client: GET with caching; errors become ApiError."""
from .session import Session
from .transport import send


class ApiError(Exception):
    def __init__(self, status, path):
        super().__init__(f"{status} for {path}")
        self.status = status


class Client(Session):
    def __init__(self, base_url, token):
        super().__init__(base_url)
        self.headers = {"Authorization": f"Bearer {token}"}

    def get(self, path):
        if path in self.cache:
            return self.cache[path]
        request_id = self.begin(path)
        headers = dict(self.headers, **{"X-Request-Id": request_id})
        status, body = send(self.base_url, path, headers)
        self.finish(request_id)
        if status != 200:
            raise ApiError(status, path)
        self.cache[path] = body
        return body
