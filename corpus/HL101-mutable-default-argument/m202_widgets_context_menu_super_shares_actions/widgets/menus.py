from .base import Menu


class ContextMenu(Menu):
    """A menu bound to one on-screen target, discarded when it closes."""

    def __init__(self, target):
        super().__init__(f"menu:{target}")
        self.target = target

    def close(self):
        self.enabled = False
        return self.target


class MenuBar(Menu):
    def __init__(self, *menus):
        super().__init__("menubar", list(menus))
