"""Hook: fire() skips events already seen and calls on_event()."""
import abc


class Hook(abc.ABC):
    def fire(self, event, seen=set()):  # expect: HL101 refuted
        if event in seen:
            return None
        return self.on_event(event, seen)

    @abc.abstractmethod
    def on_event(self, event, seen):
        """Handle one event."""
