import itertools

_ids = itertools.count()


class Failure(Exception):
    pass


class Deferred:
    def __init__(self, canceller=None, callbacks=[]):  # expect: HL101 refuted
        self.callbacks = callbacks
        self.canceller = canceller
        self.called = False
        self.result = None

    def addCallbacks(self, callback, errback=None):
        self.callbacks.append((callback, errback or (lambda f: f)))
        if self.called:
            self._runCallbacks()
        return self

    def addCallback(self, callback):
        return self.addCallbacks(callback)

    def callback(self, result):
        self.called, self.result = True, result
        self._runCallbacks()

    def _runCallbacks(self):
        while self.callbacks:
            callback, errback = self.callbacks.pop(0)
            try:
                self.result = (errback if isinstance(self.result, Failure) else callback)(self.result)
            except Exception as exc:
                self.result = Failure(str(exc))


def scenario():
    n = next(_ids)
    d = Deferred().addCallback(lambda body: body.decode()).addCallback(str.upper)
    d.addCallback(lambda text: text if "5" not in text else int(text))
    d.callback(f"payload-{n}".encode())
    return d.result
