from .base import Handler


class PushHandler(Handler):
    def __init__(self, repository):
        super().__init__("push")
        self.repository = repository

    def process(self, payload):
        return f"build {self.repository}@{payload['after'][:7]}"


HANDLERS = {"push": PushHandler}


def receive(event, payload):
    handler = HANDLERS[event](payload["repository"])
    return handler.dispatch(payload)
