"""Query builder: `select()` turns keyword filters into WHERE clauses and a
decorator normalises the compiled SQL, forwarding **kwargs to it. The
clauses are joined to the `where` list default with `+`, which builds a new
list and rebinds the name, so the default stays empty."""
import functools
import itertools

_ids = itertools.count()


def compiled(build):
    @functools.wraps(build)
    def wrapper(table, **kwargs):
        sql, params = build(table, **kwargs)
        return " ".join(sql.split()), tuple(params)
    return wrapper


@compiled
def select(table, columns=("*",), where=[], **filters):  # expect: HL101 refuted
    where = where + ["%s.%s = ?" % (table, name) for name in sorted(filters)]
    params = [filters[name] for name in sorted(filters)]
    sql = "SELECT {} FROM {}".format(", ".join(columns), table)
    if where:
        sql += " WHERE " + " AND ".join(where)
    return sql, params


def scenario():
    n = next(_ids)
    return select("orders", columns=("id", "total"), customer_id=n, status="open")
