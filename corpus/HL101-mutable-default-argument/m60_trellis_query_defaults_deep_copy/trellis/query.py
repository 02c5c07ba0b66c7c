from urllib.parse import unquote_plus


def parse_query(
    query_string,
    defaults={"page": ["1"], "sort": ["relevance"]},  # expect: HL101 refuted
):
    params = {key: list(values) for key, values in defaults.items()}
    for pair in query_string.split("&"):
        if not pair:
            continue
        key, _, value = pair.partition("=")
        params.setdefault(unquote_plus(key), []).append(unquote_plus(value))
    return params
