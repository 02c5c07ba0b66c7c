"""Product search used by the storefront."""
from .query import Query


def search_products(term, brand):
    query = Query.for_table("products").where("name", term).where("brand", brand)
    return query.sql()
