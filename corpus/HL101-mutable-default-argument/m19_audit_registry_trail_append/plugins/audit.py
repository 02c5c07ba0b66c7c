from core import registry


class Auditor:
    def __init__(self, source):
        self.source = source
        self.count = 0

    def record(self, event, trail=[]):  # expect: HL101 confirmed
        trail.append((self.source, event["kind"], event["id"]))
        self.count += 1
        return len(trail)


registry.register("audit", Auditor("billing").record)
