"""Order endpoints. OrderViewSet derives from ReadOnlyModelViewSet, whose MRO
has no throttle, so APIView.dispatch()'s default state is never written."""
from restkit import viewsets


class OrderViewSet(viewsets.ReadOnlyModelViewSet):
    def get_queryset(self):
        return [f"order-for-{self.user}"]
