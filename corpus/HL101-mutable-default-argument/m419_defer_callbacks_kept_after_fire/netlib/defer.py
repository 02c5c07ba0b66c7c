class Deferred:
    """A result that arrives later; callbacks run in order once it does."""

    def __init__(self, callbacks=[]):  # expect: HL101 confirmed
        self.callbacks = callbacks
        self.called = False
        self.result = None

    def addCallback(self, fn, *args):
        self.callbacks.append((fn, args))
        if self.called:
            self._run()
        return self

    def callback(self, result):
        self.called = True
        self.result = result
        self._run()

    def _run(self):
        for fn, args in self.callbacks:
            self.result = fn(self.result, *args)
