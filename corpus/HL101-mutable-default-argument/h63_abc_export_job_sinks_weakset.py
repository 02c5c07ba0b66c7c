"""Export jobs: a class with write() and a suffix counts as an Exporter; plain io.StringIO is registered explicitly."""
import abc
import io
import itertools
import weakref


class Exporter(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        found = all(any(n in vars(B) for B in C.__mro__) for n in ("write", "suffix"))
        return True if cls is Exporter and found else NotImplemented


class CsvBuffer(io.StringIO):
    suffix = ".csv"


Exporter.register(io.StringIO)


class ExportJob:
    def __init__(self, sinks=weakref.WeakSet()):  # expect: HL101 refuted
        self.sinks = sinks

    def attach(self, sink):
        if not isinstance(sink, Exporter):
            raise TypeError(f"{type(sink).__name__} is not an Exporter")
        self.sinks.add(sink)
        return sink

    def run(self, rows):
        text = "".join(f"{key},{status}\n" for key, status in rows)
        return sorted(sink.write(text) for sink in self.sinks)


_jobs = itertools.count()


def scenario():
    n = next(_jobs)
    job = ExportJob()
    csv_out, log_out = job.attach(CsvBuffer()), job.attach(io.StringIO())
    return job.run([(n, "ok"), (n + 1, "retry")]), csv_out.getvalue(), log_out.tell()
