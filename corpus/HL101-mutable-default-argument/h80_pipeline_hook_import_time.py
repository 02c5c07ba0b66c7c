"""Row import pipeline: stages are extended with hooks registered through @pipeline.on(stage)."""
import datetime
import itertools


class Pipeline:
    # heaplint-todo: called with new arguments as outside code would call it, `register` grows it; but this application uses `register` as a value (a table, an attribute, a callback) or the interpreter calls it, and the application's own code, run from its entry points, did not grow it (heaplint: unknown)
    def listeners(self, stage, _registry={}):  # expect: HL101 refuted
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
        return self.run("clean", dict(row))


pipeline = CsvImport()


@pipeline.on("clean")
def normalise(row):
    row["email"] = row["email"].strip().lower()
    row["joined"] = datetime.date.fromisoformat(str(row["joined"]))
    return row


_rows = itertools.count()


def scenario():
    n = next(_rows)
    return pipeline.process({"email": f"  User{n}@Example.COM ", "joined": f"2023-0{1 + n % 9}-1{n % 10}"})
