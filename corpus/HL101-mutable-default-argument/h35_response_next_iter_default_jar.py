"""Web framework: a response takes the handler's first cookie jar, or a default one if none is given."""
import itertools


def make_response(body, jars=(), cookies={}):  # expect: HL101 confirmed
    headers = {"content-type": "text/html", "content-length": str(len(body))}
    if "sessionid" in cookies:
        headers["vary"] = "Cookie"
    jar = next(iter(jars), cookies)
    return {"status": 200, "body": body, "headers": headers, "cookies": jar}


def set_cookie(response, name, value, max_age=3600):
    response["cookies"][name] = value
    response["headers"]["set-cookie"] = f"{name}={value}; Max-Age={max_age}; Path=/"
    return response


_requests = itertools.count()


def scenario():
    n = next(_requests)
    response = make_response(f"<p>Cart {n} updated</p>")
    set_cookie(response, f"cart_{n}", f"{n * 7919:08x}")
    return response["headers"]["set-cookie"]
