from .signals import receiver


@receiver("post_save")
def record_change(sender, instance, created=False, trail=[]):  # expect: HL101 refuted
    trail.append((sender.__name__, instance.pk, "created" if created else "updated"))
    return len(trail)
