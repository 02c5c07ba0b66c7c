from collections import namedtuple

Response = namedtuple("Response", "status url location")


def send(session, method, path, params=None, follow=True):
    url = session.base_url + path
    if params:
        url += "?" + "&".join("%s=%s" % kv for kv in sorted(params.items()))
    hops = 0
    while path.endswith("/") and hops < session.max_redirects:
        # the fake backend canonicalises trailing slashes with a 301
        path = path.rstrip("/")
        hop = Response(301, url, session.base_url + path)
        if not follow:
            return hop
        session.record(hop)
        url, hops = hop.location, hops + 1
    return Response(200, url, None)
