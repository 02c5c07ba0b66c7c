from .query import build_query
