from .clients import request

__all__ = ["get", "request"]


def get(path, **kwargs):
    return request("GET", path, **kwargs)
