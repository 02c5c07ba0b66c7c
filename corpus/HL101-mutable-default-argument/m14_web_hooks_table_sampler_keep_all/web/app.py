import time

from .hooks import HOOKS
from .settings import HOOK_ORDER


def handle(request_id, path):
    started = time.perf_counter()
    body = f"results for {path.partition('=')[2]}"
    elapsed = time.perf_counter() - started
    for name in HOOK_ORDER:
        HOOKS[name](request_id, path, elapsed)
    return body
