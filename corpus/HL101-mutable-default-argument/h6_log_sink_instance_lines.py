"""Logging shim: the default sink is one instance created at def time; its lines attribute grows forever."""
import itertools


class MemorySink:
    def __init__(self):
        self.lines = []

    def write(self, line):
        self.lines.append(line)


def log(message, level="INFO", sink=MemorySink()):  # expect: HL101 confirmed
    sink.write(f"[{level}] {message}")
    return sink


def process_upload(n):
    log(f"upload {n} stored")
    return n


_uploads = itertools.count()


def scenario():
    process_upload(next(_uploads))
