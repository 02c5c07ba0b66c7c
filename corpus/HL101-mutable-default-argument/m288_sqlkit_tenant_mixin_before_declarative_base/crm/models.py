"""Customer lists TenantMixin before Base: the mixin's apply_table_args() and
`__table_args__` win, and each tenant filter is appended to a list inside
Base.query_options()'s default options dict."""
from sqlkit.declarative import Base
from sqlkit.mixins import TenantMixin


class Customer(TenantMixin, Base):
    __tablename__ = "customers"
