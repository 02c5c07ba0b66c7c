class Summary:
    """Count, sum and a sliding window of recent samples for quantiles."""

    max_samples = 64

    def __init__(self, name, documentation="", samples=[]):  # expect: HL101 refuted
        if not name.replace("_", "").isalnum():
            raise ValueError("invalid metric name %r" % name)
        self.name = name
        self.documentation = documentation
        self._samples = samples
        self._count = 0
        self._sum = 0.0

    def observe(self, value):
        if value < 0:
            raise ValueError("%s: negative observation %r" % (self.name, value))
        self._count += 1
        self._sum += value
        self._samples.append(value)
        self._trim()

    def _trim(self):
        overflow = len(self._samples) - self.max_samples
        if overflow > 0:
            del self._samples[:overflow]

    def quantile(self, q):
        ordered = sorted(self._samples)
        if not ordered:
            return float("nan")
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))]

    def expose(self):
        return "%s_count %d\n%s_sum %.6f\n" % (self.name, self._count, self.name, self._sum)
