from .registry import command


@command("add")
def add_item(args, _items=[]):  # expect: HL101 confirmed
    title = args[0]
    priority = int(args[2]) if len(args) > 2 else 0
    _items.append((priority, title))
    return f"added {title} ({len(_items)} items)"


@command("count")
def count_items(args, _items=add_item.__defaults__[0]):
    wanted = int(args[2]) if len(args) > 2 else None
    return sum(1 for p, _ in _items if wanted is None or p == wanted)
