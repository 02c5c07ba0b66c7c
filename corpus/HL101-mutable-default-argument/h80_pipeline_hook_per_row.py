"""Row import pipeline: stages are extended with hooks registered through @pipeline.on(stage)."""
import datetime
import itertools


class Pipeline:
    def listeners(self, stage, _registry={}):  # expect: HL101 confirmed
        return _registry.setdefault(stage, [])

    def on(self, stage):
        def register(fn):
            bucket = self.listeners(stage)
            if fn not in bucket:
                bucket.append(fn)
            return fn
        return register

    def run(self, stage, item):
        for fn in self.listeners(stage):
            item = fn(item)
        return item


class CsvImport(Pipeline):
    def process(self, row):
        @self.on("clean")
        def normalise(row):
            row["email"] = row["email"].strip().lower()
            row["joined"] = datetime.date.fromisoformat(str(row["joined"]))
            return row

        return self.run("clean", dict(row))


pipeline = CsvImport()


_rows = itertools.count()


def scenario():
    n = next(_rows)
    return pipeline.process({"email": f"  User{n}@Example.COM ", "joined": f"2023-0{1 + n % 9}-1{n % 10}"})
