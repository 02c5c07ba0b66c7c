"""Sample collector: every sample is appended to a default list."""


def record(name, value, samples=[]):  # expect: HL101 confirmed
    samples.append((name, value))
    return len(samples)
