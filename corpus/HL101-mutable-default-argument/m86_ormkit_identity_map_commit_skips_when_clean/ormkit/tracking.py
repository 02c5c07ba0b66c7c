"""Decorator for repository loaders: answer from the session's identity map."""
import functools


def identity_mapped(load):
    @functools.wraps(load)
    def get(repo, pk):
        key = (type(repo).__name__, pk)
        identity_map = repo.session.identity_map
        if key not in identity_map:
            identity_map[key] = load(repo, pk)
        return identity_map[key]
    return get
