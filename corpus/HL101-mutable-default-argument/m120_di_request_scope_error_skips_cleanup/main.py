"""Query endpoint: every third request tries a statement it may not run."""
import itertools

from handlers import handle

_ids = itertools.count()


def scenario():
    n = next(_ids)
    sql = f"DROP TABLE t{n}" if n % 3 == 0 else f"SELECT * FROM t WHERE id = {n}"
    return handle(f"req-{n}", f"user{n % 5}", sql)
