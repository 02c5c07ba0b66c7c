from .base import Stage


class EnrichStage(Stage):
    """The prepare hook only reads the locale from the context."""

    def prepare(self, item, context):
        item["locale"] = context.get("locale", "en")

    def transform(self, item):
        return dict(item, label=f"{item['sku']} @ {item['price']:.2f}")
