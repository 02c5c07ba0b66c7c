"""ETL job definition: Pipeline.then() returns a new Pipeline with one more
step, fluent style, and run() applies the steps to a row. then() builds the
next pipeline on the same steps list and appends to it, and a bare
Pipeline() starts from the shared default list, so every job's steps end
up appended to that one list."""
import functools
import itertools

_ids = itertools.count()


class Pipeline:
    def __init__(self, steps=[]):  # expect: HL101 confirmed
        self.steps = steps

    def then(self, step):
        nxt = Pipeline(self.steps)
        nxt.steps.append(step)
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
