"""The order API's serializers: fields are declared once, on the classes."""
from schemata import CharField, IntegerField, Serializer
from schemata.validators import email_format


class EmailField(CharField):
    def __init__(self, **kwargs):
        super().__init__(max_length=254, **kwargs)
        self.validators.append(email_format)


class CustomerSerializer(Serializer):
    name = CharField(max_length=40)
    email = EmailField(required=False)


class OrderSerializer(CustomerSerializer):
    sku = CharField(max_length=12)
    quantity = IntegerField(min_value=1)
