"""Application shell: menus are wired to the bus at import time."""
