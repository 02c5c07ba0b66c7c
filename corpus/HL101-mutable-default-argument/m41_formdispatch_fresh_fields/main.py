import itertools

import formkit

_ids = itertools.count()


def handle_request(headers, body):
    parser = formkit.lookup(headers.get("Content-Type", "text/plain"))
    try:
        return parser(body)
    except ValueError:
        return None


def scenario():
    n = next(_ids)
    headers = {"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"}
    body = f"email=user{n}%40example.com&qty_{n}={n % 9 + 1}&csrf=tok{n:x}&"
    form = handle_request(headers, body)
    note = handle_request({"Content-Type": "text/plain"}, f"order {n}")
    return int(form[f"qty_{n}"]), note["text"]
