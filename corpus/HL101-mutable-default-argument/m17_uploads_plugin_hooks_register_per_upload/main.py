"""Upload endpoint: each request stores one file and runs the upload hooks."""
import itertools

from core import run_hooks
from plugins import subscribe

_uploads = itertools.count()


def scenario():
    n = next(_uploads)
    upload = {"owner": f"user{n}", "name": f"scan-{n}.pdf", "size": 4096 + n,
              "callback": f"https://client{n}.example.test/uploads/done"}
    subscribe(upload["callback"])
    return run_hooks(upload)
