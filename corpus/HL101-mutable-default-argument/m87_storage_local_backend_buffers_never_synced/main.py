"""Report service: each request renders a tenant's report and saves it locally."""
import itertools

from storage import LocalBackend, sync

_requests = itertools.count()


def scenario():
    n = next(_requests)
    backend = LocalBackend(f"/srv/reports/tenant-{n % 50}")
    digest = backend.write(f"report-{n:06d}.txt", f"tenant={n % 50} total={n * 3}")
    sync(backend)
    return digest
