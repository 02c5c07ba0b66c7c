"""The order API's serializers: fields are built per serializer instance."""
from schemata import CharField, IntegerField, Serializer
from schemata.validators import email_format


class EmailField(CharField):
    def __init__(self, **kwargs):
        super().__init__(max_length=254, **kwargs)
        self.validators.append(email_format)


class CustomerSerializer(Serializer):
    def get_fields(self):
        return {"name": CharField(max_length=40), "email": EmailField(required=False)}


class OrderSerializer(CustomerSerializer):
    def get_fields(self):
        fields = super().get_fields()
        fields["sku"] = CharField(max_length=12)
        fields["quantity"] = IntegerField(min_value=1)
        return fields
