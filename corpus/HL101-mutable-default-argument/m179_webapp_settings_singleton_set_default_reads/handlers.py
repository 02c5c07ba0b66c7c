"""Request handlers: list a user's orders, one page at a time."""
from config import settings
from store import fetch_orders


def list_orders(request):
    user = request["user"]
    page_size = settings.set_default(f"page_size.{user}", settings.get("page_size"))
    theme = settings.set_default(f"theme.{user}", settings.get("theme"))
    orders = fetch_orders(user, page=request["page"], limit=page_size)
    return {"user": user, "theme": theme, "locale": settings.get("locale"), "orders": orders}
