"""Defaults shared by every request the client builds."""
DEFAULT_HEADERS = ["Accept: application/json", "User-Agent: shopapi-python/1.4"]
DEFAULT_TIMEOUT = 10.0
BASE_URL = "https://api.shop.example.test/v2"
