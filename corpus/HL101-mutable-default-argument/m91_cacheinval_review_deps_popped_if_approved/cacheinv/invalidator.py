"""Drop every cached page built from a row when that row is deleted."""
from signals import post_delete

from .registry import cache, registry


@post_delete.connect
def drop_dependent_pages(sender, instance, **kwargs):
    if not getattr(instance, "approved", True):
        return  # an unapproved review was never shown, so no page can be stale
    for key in registry.pop(sender.label, instance.pk):
        cache.pop(key, None)
