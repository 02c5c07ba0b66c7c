"""HTTP request builder: whenever the options carry a timeout, the request is
noted as (url, timeout) in the options' history list so a slow-call report can
be printed later. The shared default options come with a timeout configured."""
import itertools

_ids = itertools.count()


def build_request(url, opts={"timeout": 5.0, "history": []}):  # expect: HL101 confirmed
    timeout = opts.get("timeout")
    host = url.split("/")[2]
    headers = {"Host": host, "Accept": "application/json"}
    if timeout is not None:
        opts["history"].append((url, timeout))
        headers["X-Request-Timeout"] = str(timeout)
    return {"method": "GET", "url": url, "headers": headers}


def scenario():
    n = next(_ids)
    return build_request(f"https://api.example.com/v2/items/{n}?expand=owner")
