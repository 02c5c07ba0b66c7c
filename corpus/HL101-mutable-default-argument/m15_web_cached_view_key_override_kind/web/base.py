class CachedView:
    """Renders once per cache key; subclasses decide what the key is."""

    def cache_key(self, request):
        return request["route"]

    def render(self, request):
        raise NotImplementedError

    def dispatch(self, request, _cache={}):  # expect: HL101 refuted
        key = (type(self).__name__, self.cache_key(request))
        if key not in _cache:
            _cache[key] = self.render(request)
        return _cache[key]
