"""Worker: a consumer that listens on its own direct queue and runs tasks."""
from .consumer import Consumer


class Worker(Consumer):
    def __init__(self, app, hostname):
        super().__init__(app.broker)
        self.app = app
        self.hostname = hostname
        self.direct_queue = f"{hostname}.dq"
        self.queues.append(self.direct_queue)

    def run_once(self):
        message = self.fetch()
        if message is None:
            return None
        name, args = message
        return self.app.tasks[name](*args)

    def stop(self):
        """Stop consuming: stop listening on our direct queue and drop what is left."""
        self.queues.remove(self.direct_queue)
        self.broker.pop(self.direct_queue, None)
