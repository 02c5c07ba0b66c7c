class Logger:
    def __init__(self, name, handlers):
        self.name = name
        self.handlers = handlers

    def add_handler(self, handler):
        self.handlers.append(handler)

    def info(self, message):
        record = {"level": "INFO", "name": self.name, "msg": message}
        return [handler.emit(record) for handler in self.handlers][-1]
