class Emitter:
    """Hierarchical metric emitter; children share the parent's handler chain."""

    def __init__(self, namespace, handlers=[]):  # expect: HL101 confirmed
        self.namespace = namespace
        self.handlers = handlers

    def add_handler(self, handler):
        if handler in self.handlers:
            return handler
        self.handlers.append(handler)
        return handler

    def child(self, suffix):
        suffix = suffix.strip(".").lower()
        return Emitter(f"{self.namespace}.{suffix}")

    def emit(self, metric, value, **tags):
        name = f"{self.namespace}.{metric}"
        delivered = 0
        for handler in list(self.handlers):
            try:
                handler(name, value, tags)
            except Exception:
                continue
            delivered += 1
        return delivered
