"""Base resource: every deployable object has a name, labels and free-form annotations."""


class Node:
    kind = "Node"

    def __init__(self, name, labels=[], **annotations):  # expect: HL101 refuted
        self.name = name
        self.labels = labels
        self.annotations = annotations

    def manifest(self):
        return {
            "kind": self.kind,
            "metadata": {
                "name": self.name,
                "labels": dict(label.split("=", 1) for label in self.labels),
                "annotations": {key: str(value) for key, value in self.annotations.items()},
            },
        }


class ConfigMap(Node):
    kind = "ConfigMap"

    def __init__(self, name, data, **annotations):
        super().__init__(name, **annotations)
        self.data = dict(data)

    def manifest(self):
        doc = super().manifest()
        doc["data"] = dict(self.data)
        return doc
