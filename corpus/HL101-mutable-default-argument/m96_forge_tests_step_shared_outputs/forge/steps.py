"""Build steps: each step records the outputs it produced, by path."""


class Step:
    def __init__(self, name, outputs={}):  # expect: HL101 confirmed
        self.name = name
        self.outputs = outputs

    def emit(self, path, data):
        self.outputs[path] = data
        return path

    def produced(self):
        return sorted(self.outputs)

    def run(self, source):
        raise NotImplementedError
