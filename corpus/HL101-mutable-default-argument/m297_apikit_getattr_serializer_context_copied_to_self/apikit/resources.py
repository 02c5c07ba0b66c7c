"""Resource serializers; price lookups are cached in self.context."""
from apikit.base import ModelSerializer


class ProductSerializer(ModelSerializer):
    def to_representation(self, obj):
        return {"sku": obj["sku"], "price": self.price(obj)}

    def price(self, obj):
        prices = self.context.setdefault("prices", {})
        if obj["sku"] not in prices:
            prices[obj["sku"]] = f"{obj['cents'] / 100:.2f} EUR"
        return prices[obj["sku"]]


class CategorySerializer(ModelSerializer):
    def to_representation(self, obj):
        return {"slug": obj["slug"]}
