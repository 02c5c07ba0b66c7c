"""Test helpers: `parametrize` turns a table of rows into named test cases;
`case_ids` formats an id per row and suffixes duplicates (`-2`, `-3`) using a
set of ids already taken. The set is a default argument and `parametrize`
forwards only the id options it was given (`**id_options`), so the ids of
every table ever expanded stay in the shared set."""
import itertools

_tables = itertools.count()


def case_ids(rows, fmt="{0}", seen=set()):  # expect: HL101 confirmed
    ids = []
    for row in rows:
        base = fmt.format(*row)
        case_id, k = base, 1
        while case_id in seen:
            k += 1
            case_id = f"{base}-{k}"
        seen.add(case_id)
        ids.append(case_id)
    return ids


def parametrize(argnames, rows, **id_options):
    names = [name.strip() for name in argnames.split(",")]
    return [(cid, dict(zip(names, row))) for cid, row in zip(case_ids(rows, **id_options), rows)]


def scenario():
    n = next(_tables)
    rows = [(f"user{n}", "viewer", False), (f"admin{n}", "owner", True), (f"user{n}", "viewer", False)]
    cases = parametrize("login, role, can_delete", rows, fmt="{0}-{1}")
    return [cid for cid, params in cases if not params["can_delete"]]
