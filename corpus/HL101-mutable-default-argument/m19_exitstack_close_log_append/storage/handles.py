class Handle:
    def __init__(self, name):
        self.name = name
        self.ops = 0
        self.closed = False

    def write(self, payload):
        if self.closed:
            raise ValueError(f"{self.name} is closed")
        self.ops += 1
        return len(payload)

    def close(self, log=[]):  # expect: HL101 confirmed
        self.closed = True
        log.append((self.name, self.ops))
        return len(log)
