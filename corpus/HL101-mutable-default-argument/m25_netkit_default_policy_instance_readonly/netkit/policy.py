"""Retry policy: computes delays; keeps a history only when verbose."""


class RetryPolicy:
    def __init__(self, attempts=3, base=0.05, verbose=False):
        self.attempts = attempts
        self.base = base
        self.verbose = verbose
        self.history = []

    def delays(self):
        return [round(self.base * 2 ** i, 3) for i in range(self.attempts)]

    def note(self, url):
        self.history.append(url)
