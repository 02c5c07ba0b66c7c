class ObservableMixin:
    """Adds subscribe/emit on top of a component's listeners list."""

    def subscribe(self, callback):
        self.listeners.append(callback)

    def emit(self, event):
        return [callback(event) for callback in self.listeners]
