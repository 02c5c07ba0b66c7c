"""Table export job: each output buffer is registered in the `open_buffers`
default (a progress endpoint lists what is open) and an ExitStack callback
closes it when the job ends. The callback looks the buffer up and closes
it, but leaves the closed buffer's entry in the dict."""
import contextlib
import io
import itertools

_jobs = itertools.count()


def export(job_id, tables, open_buffers={}):  # expect: HL101 confirmed
    sizes = {}
    with contextlib.ExitStack() as stack:
        for table, rows in tables.items():
            key = f"{job_id}/{table}.csv"
            buf = open_buffers[key] = io.StringIO()
            stack.callback(lambda k=key: open_buffers[k].close())
            for row in rows:
                buf.write(",".join(map(str, row)) + "\n")
            sizes[key] = buf.tell()
    return sizes


def scenario():
    n = next(_jobs)
    tables = {
        "orders": [(n, "open", 12.5), (n + 1, "paid", 3.0)],
        "customers": [(n % 50, f"cust-{n % 50}")],
    }
    return export(f"job-{n}", tables)
