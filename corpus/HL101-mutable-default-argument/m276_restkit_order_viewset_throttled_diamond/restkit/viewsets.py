"""Viewsets: writable viewsets are throttled, read-only ones are not. Both are
diamonds over APIView resolved by the MRO of the concrete viewset."""
from restkit.auth import SessionAuthMixin
from restkit.throttling import UserRateThrottleMixin
from restkit.views import APIView


class ReadOnlyModelViewSet(SessionAuthMixin, APIView):
    def handle(self, request):
        return {"results": self.get_queryset()}


class ModelViewSet(SessionAuthMixin, UserRateThrottleMixin, APIView):
    def handle(self, request):
        return {"created": self.get_queryset()[-1], "by": self.user}
