"""Export jobs: one CSV line per tenant, built on the worker."""
from jobq import task


@task(name="exports.csv_line")
def csv_line(tenant, rows):
    return f"{tenant}," + ",".join(str(r) for r in rows)
