"""Client SDK: a retry decorator notes each transient failure through a helper with a history default."""
import functools
import itertools


class TransientError(Exception):
    pass


def _note_failure(call: str, exc: Exception, history: list[str] = []) -> int:  # expect: HL101 confirmed
    history.append(f"{call}: {type(exc).__name__}: {exc}")
    return len(history)


def retry(times: int = 3):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            for attempt in range(times):
                try:
                    return fn(*args, attempt=attempt)
                except TransientError as exc:
                    _note_failure(fn.__name__, exc)
            raise RuntimeError(f"{fn.__name__} failed {times} times")
        return wrapper
    return decorate


@retry(times=3)
def fetch_invoice(invoice_id: str, attempt: int = 0) -> dict:
    if attempt == 0:
        raise TransientError(f"gateway timeout for {invoice_id}")
    return {"id": invoice_id, "attempt": attempt}


_invoices = itertools.count()


def scenario():
    return fetch_invoice(f"INV-{next(_invoices)}")
