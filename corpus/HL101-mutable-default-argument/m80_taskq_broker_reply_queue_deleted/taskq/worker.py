"""Worker: each tick drains the task queue and publishes every result to its reply queue."""
HANDLERS = {}


def task(name):
    """Decorator: register a handler under `name` (done once, when the jobs module loads)."""
    def register(fn):
        HANDLERS[name] = fn
        return fn
    return register


class Worker:
    def __init__(self, broker, queue="tasks"):
        self.broker = broker
        self.queue = queue

    def tick(self):
        done = 0
        while self.broker.depth(self.queue):
            message = self.broker.get(self.queue)
            result = HANDLERS[message["task"]](*message["args"])
            self.broker.publish(message["reply_to"], result)
            done += 1
        return done
