"""Export jobs: one CSV line per tenant, built on the worker."""
from jobq import task


def csv_job_for(tenant):
    """A job per tenant, so each tenant's exports show up under its own name."""
    @task(name=f"exports.{tenant}.csv_line")
    def csv_line(rows):
        return f"{tenant}," + ",".join(str(r) for r in rows)
    return csv_line
