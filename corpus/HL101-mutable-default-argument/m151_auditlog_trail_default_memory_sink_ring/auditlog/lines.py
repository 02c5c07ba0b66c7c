"""LineFormatter: a callable that turns (action, target) into one audit line."""


class LineFormatter:
    def __init__(self, user, request_id):
        self.prefix = f"[{request_id}] {user}"

    def __call__(self, action, target):
        return f"{self.prefix} {action} {target}"
