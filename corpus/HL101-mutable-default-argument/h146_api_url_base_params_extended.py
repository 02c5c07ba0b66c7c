"""REST client helper: build_url() joins an API path onto the service root and
encodes the query. Resource helpers forward their keyword filters through
api_url(**params); `base_params` holds the pairs sent with every request (the
API version), and the caller's pairs are added to it with extend() before
urlencode, so each request leaves its filter pairs in the default list."""
import itertools
from urllib.parse import quote, urlencode

_calls = itertools.count()
API_ROOT = "https://api.example.com/v2/"


def build_url(root, path, base_params=[("api-version", "2024-05-01")], **params):  # expect: HL101 confirmed
    pairs = base_params
    pairs.extend(sorted((k, v) for k, v in params.items() if v is not None))
    url = root.rstrip("/") + "/" + quote(path.strip("/"))
    return "%s?%s" % (url, urlencode(pairs, doseq=True))


def api_url(path, **params):
    return build_url(API_ROOT, path, **params)


def list_issues(project, state="open", labels=(), cursor=None):
    return api_url("projects/%s/issues" % project, state=state, labels=list(labels), cursor=cursor)


def scenario():
    n = next(_calls)
    return list_issues("acme/web-%d" % n, labels=("bug", "p%d" % (n % 3)), cursor="c%d" % n)
