import itertools
import re
from urllib.parse import quote, urlencode

_ids = itertools.count()
_PARAM_RE = re.compile(r"\{(\w+)\}")


class DynamicResource:
    def __init__(self, path, *, name=None, url_cache={}):  # expect: HL101 refuted
        self._path = path
        self.name = name or path
        self._url_cache = url_cache

    def url_for(self, query=None, **parts):
        key = (self.name, tuple(sorted(parts)))
        template = self._url_cache.get(key)
        if template is None:
            missing = set(_PARAM_RE.findall(self._path)) - set(parts)
            if missing:
                raise KeyError(f"missing route parameters: {sorted(missing)}")
            template = self._url_cache[key] = _PARAM_RE.sub(r"{\1}", self._path)
        url = template.format(**{k: quote(str(v), safe="") for k, v in parts.items()})
        return f"{url}?{urlencode(query)}" if query else url


class UrlDispatcher:
    def __init__(self):
        self._named = {}

    def add_resource(self, path, name):
        resource = self._named[name] = DynamicResource(path, name=name)
        return resource


router = UrlDispatcher()
router.add_resource("/users/{user_id}/posts/{post_id}", "post-detail")
router.add_resource("/users/{user_id}", "user-detail")


def scenario():
    n = next(_ids)
    links = [router._named["post-detail"].url_for(user_id=n % 7, post_id=n), router._named["user-detail"].url_for({"tab": "posts"}, user_id=n)]
    return links
