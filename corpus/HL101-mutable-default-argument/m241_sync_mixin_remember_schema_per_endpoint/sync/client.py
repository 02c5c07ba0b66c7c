class DryRunClient:
    """Transport that only counts requests and keeps the last one."""

    def __init__(self):
        self.sent = 0
        self.last = None

    def post(self, path, payload):
        self.sent += 1
        self.last = (path, payload)
        return {"status": 202, "path": path}
