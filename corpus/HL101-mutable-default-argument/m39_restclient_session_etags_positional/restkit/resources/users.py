def fetch(session, user_id):
    """GET /users/<id>, reusing the cached body when the ETag still matches."""
    url = session.url_for("users", user_id)
    cache = session.etag_cache
    headers = {}
    cached = cache.get(url)
    if cached is not None:
        headers["If-None-Match"] = cached[0]
    response = session.request("GET", url, headers=headers)
    if response["status"] == 304:
        return {"status": 304, "user": cached[1]}
    if response["status"] >= 400:
        raise LookupError("user %s: HTTP %s" % (user_id, response["status"]))
    cache[url] = (response["etag"], response["body"])
    return {"status": 200, "user": response["body"]}
