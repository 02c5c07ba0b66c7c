"""Test helpers: an app that runs each task in-process as soon as it is sent."""
from .app import App


class EagerApp(App):
    always_eager = True

    def __init__(self, main):
        # Each test app gets its own registry: tests never see each other's tasks.
        super().__init__(main, tasks={})

    def send_task(self, name, args):
        return self.tasks[name].run(*args)
