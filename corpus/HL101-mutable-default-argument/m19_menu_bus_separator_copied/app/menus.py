import bus
from ui import Menu

FILE_MENU = Menu("File")
bus.subscribe("menu.file.add", FILE_MENU.add_item)


def reset():
    """Rebuild the File menu from scratch (called on every refresh)."""
    FILE_MENU.clear()


def rendered():
    return " | ".join(FILE_MENU.labels())
