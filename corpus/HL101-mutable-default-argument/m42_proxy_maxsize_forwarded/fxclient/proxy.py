class MemoizingProxy:
    """Wraps a service object and memoizes its get_* methods by arguments."""

    _own = ("_target", "_memo")
    max_size = None

    def __init__(self, target, memo={}):  # expect: HL101 confirmed
        self._target = target
        self._memo = memo

    def __setattr__(self, name, value):
        if name in self._own:
            object.__setattr__(self, name, value)
        else:
            setattr(self._target, name, value)

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        attr = getattr(self._target, name)
        if not (callable(attr) and name.startswith("get_")):
            return attr

        def memoized(*args):
            key = (name,) + args
            if key in self._memo:
                return self._memo[key]
            value = self._memo[key] = attr(*args)
            if self.max_size is not None and len(self._memo) > self.max_size:
                self._memo.pop(next(iter(self._memo)))
            return value

        return memoized
