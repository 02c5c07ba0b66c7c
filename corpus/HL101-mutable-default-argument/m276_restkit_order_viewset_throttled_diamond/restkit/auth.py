"""Authentication step of the initial() chain."""
from restkit.views import APIView


class SessionAuthMixin(APIView):
    def initial(self, request, state):
        self.user = request.get("user") or "anonymous"
        super().initial(request, state)
