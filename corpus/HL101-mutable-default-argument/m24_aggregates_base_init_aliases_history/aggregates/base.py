class Aggregate:
    def __init__(self, history):
        self._changes = history
        self.version = len(history)
        for event in history:
            self.apply(event)

    def record(self, event):
        self._changes.append(event)
        self.version += 1
        self.apply(event)

    def apply(self, event):
        raise NotImplementedError
