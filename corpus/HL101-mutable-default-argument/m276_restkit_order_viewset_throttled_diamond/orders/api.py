"""Order endpoints. OrderViewSet derives from ModelViewSet, so its MRO runs
the throttle's initial() and every POST lands in the "history" list inside
APIView.dispatch()'s default state."""
from restkit import viewsets


class OrderViewSet(viewsets.ModelViewSet):
    def get_queryset(self):
        return [f"order-for-{self.user}"]
