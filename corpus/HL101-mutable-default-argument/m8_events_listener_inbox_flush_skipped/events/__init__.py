from .bus import flush, publish, subscribe
