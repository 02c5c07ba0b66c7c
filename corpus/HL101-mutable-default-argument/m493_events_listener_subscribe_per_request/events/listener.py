from . import hub


class Listener:
    """Base for subscribers; subclasses list their ``topics`` and implement handle()."""

    topics = ()

    def subscribe(self, handlers=hub.HANDLERS):  # expect: HL101 confirmed
        for topic in self.topics:
            handlers.append((topic, self.handle))
        return self

    def handle(self, payload):
        raise NotImplementedError
