try:
    from ._cevents import emit, on  # optional accelerated dispatcher
except ImportError:

    def listeners(event, add=None, _table={}):  # expect: HL101 refuted
        found = _table.setdefault(event, {})
        if add is not None:
            found[add.__qualname__] = add
        return found.values()

    def on(event):
        def register(fn):
            listeners(event, add=fn)
            return fn

        return register

    def emit(event, *args):
        for fn in list(listeners(event)):
            fn(*args)
