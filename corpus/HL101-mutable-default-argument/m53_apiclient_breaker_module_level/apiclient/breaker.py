"""Circuit breaker: stop calling a host after repeated connection failures."""
import functools

from .transport import CircuitOpenError


def circuit_breaker(threshold=3):
    def decorate(send):
        @functools.wraps(send)
        def guarded(request, _failures={}):  # expect: HL101 confirmed
            host = request.host
            if _failures.get(host, 0) >= threshold:
                raise CircuitOpenError("circuit open for %s" % host)
            try:
                response = send(request)
            except ConnectionError:
                _failures[host] = _failures.get(host, 0) + 1
                raise
            _failures[host] = 0
            return response

        return guarded

    return decorate
