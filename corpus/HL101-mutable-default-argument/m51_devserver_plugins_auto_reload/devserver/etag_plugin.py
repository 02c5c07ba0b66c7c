import hashlib

from .hooks import response_hook


@response_hook
def add_etag(response):
    if response["status"] != 200:
        return response
    digest = hashlib.sha1(response["body"].encode()).hexdigest()[:16]
    headers = dict(response["headers"], ETag=f'"{digest}"')
    return dict(response, headers=headers)
