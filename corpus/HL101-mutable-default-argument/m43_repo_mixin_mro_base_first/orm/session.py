class Session:
    def __init__(self, dsn):
        self.dsn = dsn
        self.flushes = 0

    def flush(self):
        self.flushes += 1
