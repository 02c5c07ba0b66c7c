"""Access-log dashboard: each poll summarises one batch of log lines."""
import itertools

from weblogs import reports

_batches = itertools.count()


def scenario():
    n = next(_batches)
    lines = [
        f"10.{n % 200}.{n // 200}.{i % 5} GET /api/items/{i} {200 if i % 7 else 404}"
        for i in range(12)
    ]
    return reports.first_clients(lines), reports.error_rate(lines)
