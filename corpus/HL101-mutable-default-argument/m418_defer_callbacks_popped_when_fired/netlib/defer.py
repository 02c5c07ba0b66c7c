class Deferred:
    """A result that arrives later; callbacks run in order once it does."""

    def __init__(self, callbacks=[]):  # expect: HL101 refuted
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
        while self.callbacks:
            fn, args = self.callbacks.pop(0)
            self.result = fn(self.result, *args)
