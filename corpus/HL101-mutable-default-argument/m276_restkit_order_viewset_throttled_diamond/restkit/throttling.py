"""Throttling step of the initial() chain: records each request in the
"history" list of the state mapping it is handed."""
from restkit.views import APIView


class UserRateThrottleMixin(APIView):
    rate = "100/min"

    def initial(self, request, state):
        state.setdefault("history", []).append(f"{request['user']}@{request['ts']}")
        super().initial(request, state)
