"""A Twisted-style Deferred: callbacks run in order once a result arrives."""


class Deferred:
    def __init__(self):
        self.callbacks = []
        self.called = False

    def add_callback(self, fn, *args, **kwargs):
        self.callbacks.append((fn, args, kwargs))
        return self

    def callback(self, result):
        self.called = True
        for fn, args, kwargs in self.callbacks:
            result = fn(result, *args, **kwargs)
        return result
