"""Product catalog service wrapper."""
from netclient import default_client

REGIONS = {"eu": "catalog-eu.example.test", "us": "catalog-us.example.test", "ap": "catalog-ap.example.test"}


def fetch(url, client=default_client):  # expect: HL101 refuted
    response = client.get(url)
    if response.status != 200:
        raise RuntimeError(f"{url}: HTTP {response.status}")
    return response.body


def product(region, sku):
    return fetch(f"https://{REGIONS[region]}/v2/products/{sku}")
