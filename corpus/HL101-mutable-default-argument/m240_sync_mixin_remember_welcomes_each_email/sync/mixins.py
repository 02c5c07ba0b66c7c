class OnceMixin:
    """remember(item) is true only the first time this process sees item."""

    def remember(self, item, seen=set()):  # expect: HL101 confirmed
        if item in seen:
            return False
        seen.add(item)
        return True
