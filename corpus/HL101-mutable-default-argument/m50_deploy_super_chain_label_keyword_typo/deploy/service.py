"""Services expose one port, which is also published as a label for selectors."""
from .node import Node


class Service(Node):
    kind = "Service"

    def __init__(self, name, port, **kwargs):
        super().__init__(name, **kwargs)
        self.port = port
        self.labels.append(f"port={port}")

    def manifest(self):
        doc = super().manifest()
        doc["spec"] = {"ports": [{"port": self.port, "protocol": "TCP"}]}
        return doc
