"""restkit: serializers looked up by name."""
from restkit.serializers.customer import CustomerSerializer
from restkit.serializers.invoice import InvoiceSerializer

SERIALIZERS = {"invoice": InvoiceSerializer, "customer": CustomerSerializer}


def get_serializer(name):
    return SERIALIZERS[name]()
