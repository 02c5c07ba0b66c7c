import itertools

import webclient

_visits = itertools.count()


def fake_transport(method, url, cookies):
    n = int(url.rsplit("/", 1)[1])
    headers = [
        ("Content-Type", "text/html"),
        ("Set-Cookie", f"sessionid=s{n:012x}; Path=/; HttpOnly"),
        ("Set-Cookie", f"csrftoken=t{n * 7919:016x}; Path=/"),
    ]
    return 200, headers, f"<p>{method} {url}</p>"


def scenario():
    n = next(_visits)
    with_session = webclient.Session(fake_transport).request("POST", f"https://shop.example/cart/{n}")
    module_api = webclient.api.get(f"https://shop.example/item/{n}", fake_transport)
    return with_session, module_api
