"""Signal handling shared by every widget: on(), off(), emit()."""


class EventMixin:
    def on(self, event, handler, handlers={}):  # expect: HL101 refuted
        table = self.__dict__.setdefault("_handlers", handlers)
        table.setdefault(event, []).append(handler)
        return handler

    def off(self, event, handler):
        self.__dict__.get("_handlers", {}).get(event, []).remove(handler)

    def emit(self, event, *args):
        for handler in list(self.__dict__.get("_handlers", {}).get(event, ())):
            handler(self, *args)
