"""Review model; its save handler records which page lists each review."""
from cacheinv import registry
from signals import post_delete, post_save


class Review:
    label = "review"

    def __init__(self, pk, product_id, text):
        self.pk, self.product_id, self.text = pk, product_id, text
        self.approved = False

    def save(self):
        post_save.send(type(self), instance=self, created=True)

    def delete(self):
        post_delete.send(type(self), instance=self)


@post_save.connect
def track_product_page(sender, instance, **kwargs):
    if sender is Review:
        page = f"product:{instance.product_id}:page"
        registry.add(Review.label, instance.pk, page)
