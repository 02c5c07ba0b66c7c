"""Login endpoint: every request passes the login throttle first."""
import itertools

from restkit import APIView
from throttles import LoginThrottle

_requests = itertools.count()


class LoginView(APIView):
    throttle_classes = (LoginThrottle,)

    def post(self, request):
        return {"status": 200, "user": request["user"]}


def scenario():
    n = next(_requests)
    request = {"ip": f"10.0.{n // 250 % 250}.{n % 250}", "ts": n, "user": f"u{n}"}
    return LoginView().dispatch(request)
