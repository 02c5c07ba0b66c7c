"""Exporter: export() renders through the subclass's abstract render()."""
import abc


class Exporter(abc.ABC):
    content_type = "text/plain"

    def export(self, samples, labels={}):  # expect: HL101 refuted
        body = self.render(samples, labels)
        return self.content_type, body

    @abc.abstractmethod
    def render(self, samples, labels):
        """Return the wire format for `samples` tagged with `labels`."""
