from .base import Stage


class EnrichStage(Stage):
    """The prepare hook records each item in the context."""

    def prepare(self, item, context):
        context[item["sku"]] = item

    def transform(self, item):
        return dict(item, label=f"{item['sku']} @ {item['price']:.2f}")
