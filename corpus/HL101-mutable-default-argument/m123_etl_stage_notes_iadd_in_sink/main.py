"""ETL job: each call runs one new customer record through the cleaning stage."""
import itertools

from pipeline.stage import run_stage

_rows = itertools.count()


def scenario():
    n = next(_rows)
    record = {"id": f"cust-{n:07d}", "email": "" if n % 10 else f"c{n}@example.test"}
    return len(run_stage(record))
