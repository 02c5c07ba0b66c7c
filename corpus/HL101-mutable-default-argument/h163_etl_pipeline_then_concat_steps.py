"""ETL job definition: Pipeline.then() returns a new Pipeline with one more
step, fluent style, and run() applies the steps to a row. then() builds the
next pipeline from self.steps + [step], a new list, so the shared default
list behind a bare Pipeline() is only read and stays empty."""
import functools
import itertools

_ids = itertools.count()


class Pipeline:
    def __init__(self, steps=[]):  # expect: HL101 refuted
        self.steps = steps

    def then(self, step):
        nxt = Pipeline(self.steps + [step])
        return nxt

    def run(self, row):
        for step in self.steps:
            row = step(row)
        return row


def _tag(key, value, row):
    return {**row, key: value}


def scenario():
    n = next(_ids)
    job = Pipeline().then(functools.partial(_tag, "batch", f"b{n}")).then(functools.partial(_tag, "src", "crm"))
    return len(job.run({"id": n}))
