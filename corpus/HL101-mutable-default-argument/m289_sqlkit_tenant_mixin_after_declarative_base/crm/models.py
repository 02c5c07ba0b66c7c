"""Customer lists Base before TenantMixin: Base's apply_table_args() and empty
`__table_args__` win; the merge builds a fresh dict per query, so
Base.query_options()'s default options dict is never written."""
from sqlkit.declarative import Base
from sqlkit.mixins import TenantMixin


class Customer(Base, TenantMixin):
    __tablename__ = "customers"
