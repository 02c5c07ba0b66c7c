class Scratch:
    def __init__(self, name):
        self.name = name
        self.chunks = []

    def write(self, text):
        self.chunks.append(text)

    def release(self, reason=""):
        self.chunks.clear()
        return reason
