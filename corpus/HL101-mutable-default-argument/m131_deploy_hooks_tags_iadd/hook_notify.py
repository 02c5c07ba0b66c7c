"""Chat notification hook, loaded as __import__("hook_notify")."""
from hook_base import Hook


class NotifyHook(Hook):
    def run(self, build):
        self.tags += [f"build-{build}"]
        return f"notify: {self.describe()}"


def make(target):
    return NotifyHook(target)
