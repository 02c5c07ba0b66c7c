"""Web view: ?page= and ?per_page= are parsed with int(); unparsable values would be remembered, but clients send digits."""
import itertools


def parse_paging(params, _bad_values=[]):  # expect: HL101 refuted
    try:
        page = int(params.get("page", "1"))
        per_page = int(params.get("per_page", "20"))
    except ValueError:
        _bad_values.append(dict(params))
        return 1, 20
    return max(page, 1), min(per_page, 100)


_requests = itertools.count()


def scenario():
    n = next(_requests)
    return parse_paging({"page": str(n), "per_page": str(n % 50), "sort": f"-created{n}"})
