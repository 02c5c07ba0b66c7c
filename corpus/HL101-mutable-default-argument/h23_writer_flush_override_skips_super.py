"""Log writers: the base class buffers records and lets subclasses decide how a flush is written."""
import io
import itertools


class BufferedWriter:
    def __init__(self, stream):
        self.stream = stream

    def write(self, record, pending=[]):  # expect: HL101 confirmed
        pending.append(record)
        if record.endswith("\n"):
            self.flush(pending)

    def flush(self, pending):
        self.stream.write("".join(pending))
        pending.clear()


class TimestampedWriter(BufferedWriter):
    def flush(self, pending):
        pending.insert(0, "[t] ")
        self.stream.write("".join(pending))


_seq = itertools.count()


def scenario():
    n = next(_seq)
    out = io.StringIO()
    writer = TimestampedWriter(out)
    writer.write(f"job {n} ")
    writer.write("done\n")
    return len(out.getvalue())
