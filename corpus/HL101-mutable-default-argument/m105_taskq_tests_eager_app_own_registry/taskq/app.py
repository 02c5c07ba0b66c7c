"""The application object: the task registry, task naming and sending."""
from collections import deque


class Task:
    def __init__(self, app, name, fn):
        self.app = app
        self.name = name
        self.run = fn

    def delay(self, *args):
        return self.app.send_task(self.name, args)


class App:
    def __init__(self, main, tasks={}):  # expect: HL101 refuted
        self.main = main
        self.tasks = tasks
        self.queue = deque()

    def gen_task_name(self, fn):
        """Tasks are namespaced by the app's main module name."""
        return f"{self.main}.{fn.__name__}"

    def task(self, fn):
        task = Task(self, self.gen_task_name(fn), fn)
        self.tasks[task.name] = task
        return task

    def send_task(self, name, args):
        """Queue a message for a worker; the task id is its queue position."""
        self.queue.append((name, args))
        return len(self.queue)
