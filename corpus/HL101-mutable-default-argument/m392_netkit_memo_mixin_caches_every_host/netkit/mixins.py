class MemoMixin:
    """Memoize expensive lookups in a dict the caller owns and passes in."""

    def _memoized(self, key, compute, memo):
        try:
            return memo[key]
        except KeyError:
            pass
        value = memo[key] = compute(key)
        return value
