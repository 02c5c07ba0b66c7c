"""A small shop app laid out like a Django project."""
default_app_config = "shop.apps.ShopConfig"
