class Pipeline:
    def __init__(self, source, steps):
        self.source = source
        self.steps = steps

    def run(self, record):
        for step in self.steps:
            record = step(record)
        return record
