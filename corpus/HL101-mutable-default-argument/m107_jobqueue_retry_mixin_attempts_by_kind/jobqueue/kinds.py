from .retry import RetryMixin
from .task import Task


class EmailTask(RetryMixin, Task):
    kind = "email"

    def __init__(self, ident, to, body):
        super().__init__(ident, {"to": to, "body": body}, max_attempts=2)

    def run(self):
        if not self.payload["to"].endswith(".example"):
            raise ConnectionError(self.payload["to"])
        return f"sent {len(self.payload['body'])} bytes to {self.payload['to']}"


class ReportTask(RetryMixin, Task):
    kind = "report"

    def __init__(self, ident, rows):
        super().__init__(ident, {"rows": rows})

    def run(self):
        return sum(self.payload["rows"])
