"""DogStatsD line format, and the bounded buffer the UDP sender drains."""
import collections


def format_sample(name, labels, value):
    tags = ",".join(f"{key}={val}" for key, val in labels.items())
    return f"{name},{tags}:{value:.3f}|ms"


class Buffer:
    def __init__(self, size):
        self.lines = collections.deque(maxlen=size)

    def write(self, line):
        self.lines.append(line)


buffer = Buffer(16)
