import itertools

import search.api as search_api

_ids = itertools.count(1)


def scenario():
    n = next(_ids)
    query = f"invoice overdue -draft{n} customer{n % 7}"
    plan = search_api.search(query)
    return len(plan["include"]), len(plan["exclude"])
