"""HTTP client request templates: a dataclass whose header list comes from
``field(default_factory=list)``. ``build`` derives each request from a template
(by default one shared base template) with ``dataclasses.replace``."""
import dataclasses
import itertools
from dataclasses import dataclass, field

_calls = itertools.count()


@dataclass
class RequestTemplate:
    method: str = "GET"
    url: str = ""
    headers: list = field(default_factory=list)


def build(url, token, template=RequestTemplate()):  # expect: HL101 confirmed
    request = dataclasses.replace(template, url=url)
    request.headers.append(("Authorization", "Bearer " + token))
    return request


def scenario():
    n = next(_calls)
    request = build("https://api.example.com/items/%d" % n, "tok-%d" % n)
    return request.method, request.url, request.headers[-1]
