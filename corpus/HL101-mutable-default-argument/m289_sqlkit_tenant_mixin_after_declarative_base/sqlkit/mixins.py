"""TenantMixin: scopes queries to a schema and to the row's tenant. Its
apply_table_args() writes into the options mapping it is handed."""


class TenantMixin:
    __table_args__ = {"schema": "tenants"}

    def apply_table_args(self, options):
        options.update(self.__table_args__)
        options.setdefault("filters", []).append(f"tenant_id = {self.tenant_id}")
        return options
