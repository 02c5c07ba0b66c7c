"""Report service: each report is saved locally and mirrored to an S3 bucket."""
import itertools

from storage import LocalBackend, S3Backend, sync

_requests = itertools.count()


def scenario():
    n = next(_requests)
    local = LocalBackend(f"/srv/reports/tenant-{n % 50}")
    mirror = S3Backend(f"reports-tenant-{n % 50}")
    key = f"report-{n:06d}.txt"
    body = f"tenant={n % 50} total={n * 3}"
    digest = local.write(key, body)
    url = mirror.write(key, body)
    for backend in (local, mirror):
        sync(backend)
    return digest, url
