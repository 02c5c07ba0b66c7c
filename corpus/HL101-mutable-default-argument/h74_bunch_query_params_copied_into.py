"""WSGI helper: query-string parameters are collected into an attribute-access Bunch."""
import itertools
from urllib.parse import parse_qsl


class Bunch(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name, value):
        self[name] = value

    __delattr__ = dict.__delitem__


def query_params(query_string, into=Bunch()):  # expect: HL101 refuted
    into = Bunch(into)
    for key, value in parse_qsl(query_string, keep_blank_values=True):
        into.setdefault(key, []).append(value)
    return into


def list_products(environ):
    params = query_params(environ.get("QUERY_STRING", ""))
    page = int(params.get("page", ["1"])[-1])
    return page, sorted(set(getattr(params, "tag", [])))


_requests = itertools.count()


def scenario():
    n = next(_requests)
    environ = {"PATH_INFO": "/products", "QUERY_STRING": f"page={n % 9 + 1}&tag=sale&tag=t{n}"}
    return list_products(environ)
